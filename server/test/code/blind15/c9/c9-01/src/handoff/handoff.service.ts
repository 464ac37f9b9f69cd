import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis from 'ioredis';
import { GraphClient } from '../whatsapp/graph.client';

@Injectable()
export class HandoffService {
  private readonly log = new Logger(HandoffService.name);
  private readonly redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

  constructor(private readonly config: ConfigService, private readonly graph: GraphClient) {}

  async isPaused(waId: string): Promise<boolean> {
    return (await this.redis.exists(`ipe:human:${waId}`)) === 1;
  }

  async start(waId: string, name: string, lastMessage: string) {
    const hours = this.config.get<number>('handoff.pauseHours')!;
    await this.redis.set(`ipe:human:${waId}`, '1', 'EX', hours * 3600);
    const agent = this.config.get<string>('handoff.agentNumber')!;
    await this.graph.sendText(
      agent,
      `🔔 Cliente pediu atendimento humano\nNome: ${name}\nWhatsApp: +${waId}\nÚltima msg: "${lastMessage}"\nResponda direto pelo app Business.`,
    );
    this.log.log(`handoff started for ${waId}`);
    await this.graph.sendText(waId, 'Certo! Já chamei um corretor da nossa equipe, ele continua a conversa por aqui em instantes (seg–sex, 8h às 18h).');
  }

  async release(waId: string) {
    await this.redis.del(`ipe:human:${waId}`);
  }
}
