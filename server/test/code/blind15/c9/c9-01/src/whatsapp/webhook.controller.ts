import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Response } from 'express';
import { AssistantService } from '../assistant/assistant.service';
import { HandoffService } from '../handoff/handoff.service';
import { GraphClient } from './graph.client';

@Controller('webhook')
export class WebhookController {
  constructor(
    private readonly config: ConfigService,
    private readonly assistant: AssistantService,
    private readonly handoff: HandoffService,
    private readonly graph: GraphClient,
  ) {}

  @Get()
  verify(@Query() q: Record<string, string>, @Res() res: Response) {
    if (q['hub.mode'] === 'subscribe' && q['hub.verify_token'] === this.config.get('graph.verifyToken')) {
      return res.status(200).send(q['hub.challenge']);
    }
    return res.sendStatus(403);
  }

  @Post()
  @HttpCode(200)
  async receive(@Body() body: any) {
    const value = body?.entry?.[0]?.changes?.[0]?.value;
    const msg = value?.messages?.[0];
    if (!msg || msg.type !== 'text') return 'ok';

    const waId: string = msg.from;
    const name: string = value?.contacts?.[0]?.profile?.name ?? 'cliente';
    const text: string = msg.text.body;

    if (await this.handoff.isPaused(waId)) return 'ok';

    if (/\b(atendente|humano|corretor|pessoa)\b/i.test(text)) {
      await this.handoff.start(waId, name, text);
      return 'ok';
    }

    const answer = await this.assistant.reply(waId, text);
    if (answer.includes('[ATENDENTE]')) {
      await this.handoff.start(waId, name, text);
      return 'ok';
    }
    await this.graph.sendText(waId, answer);
    return 'ok';
  }
}
