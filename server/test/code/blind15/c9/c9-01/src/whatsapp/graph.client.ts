import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class GraphClient {
  constructor(private readonly config: ConfigService) {}

  async sendText(to: string, body: string) {
    const v = this.config.get<string>('graph.version');
    const id = this.config.get<string>('graph.phoneNumberId');
    const res = await fetch(`https://graph.facebook.com/${v}/${id}/messages`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.config.get<string>('graph.token')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
    });
    if (!res.ok) throw new Error(`graph ${res.status}: ${await res.text()}`);
  }
}
