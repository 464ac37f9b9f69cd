import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import axios from 'axios';
import whatsappConfig from '../config/whatsapp.config';

@Injectable()
export class WhatsappService {
  private humanChats = new Set<string>();

  constructor(@Inject(whatsappConfig.KEY) private readonly cfg: ConfigType<typeof whatsappConfig>) {}

  async sendText(to: string, body: string) {
    await axios.post(
      `https://graph.facebook.com/${this.cfg.graphVersion}/${this.cfg.phoneNumberId}/messages`,
      { messaging_product: 'whatsapp', to, type: 'text', text: { body } },
      { headers: { Authorization: `Bearer ${this.cfg.token}` } },
    );
  }

  async isWithHuman(waId: string) {
    return this.humanChats.has(waId);
  }

  async assignToOperator(waId: string, resumo: string) {
    this.humanChats.add(waId);
    await axios.post(
      `${this.cfg.watiBase}/api/v1/assignOperator`,
      null,
      {
        params: { email: this.cfg.plantonistaEmail, whatsappNumber: waId },
        headers: { Authorization: `Bearer ${this.cfg.watiToken}` },
      },
    );
    await axios.post(
      `${this.cfg.watiBase}/api/v1/addNote/${waId}`,
      { text: `Resumo do bot: ${resumo}` },
      { headers: { Authorization: `Bearer ${this.cfg.watiToken}` } },
    );
  }
}
