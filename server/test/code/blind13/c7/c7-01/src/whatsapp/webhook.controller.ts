import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { AssistantService } from '../assistant/assistant.service';
import { WhatsappService } from './whatsapp.service';

@Controller('webhook')
export class WebhookController {
  constructor(private readonly assistant: AssistantService, private readonly wa: WhatsappService) {}

  @Get()
  verify(@Query() q: Record<string, string>, @Res() res: Response) {
    if (q['hub.mode'] === 'subscribe' && q['hub.verify_token'] === process.env.WA_VERIFY_TOKEN) {
      return res.send(q['hub.challenge']);
    }
    return res.sendStatus(403);
  }

  @Post()
  @HttpCode(200)
  async inbound(@Body() body: any) {
    const msg = body?.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
    if (!msg || msg.type !== 'text') return 'ok';
    const answer = await this.assistant.reply(msg.from, msg.text.body);
    if (answer) await this.wa.sendText(msg.from, answer);
    return 'ok';
  }
}
