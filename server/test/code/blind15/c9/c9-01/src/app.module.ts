import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import configuration from './config/configuration';
import { AssistantService } from './assistant/assistant.service';
import { HandoffService } from './handoff/handoff.service';
import { GraphClient } from './whatsapp/graph.client';
import { WebhookController } from './whatsapp/webhook.controller';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [configuration] })],
  controllers: [WebhookController],
  providers: [AssistantService, HandoffService, GraphClient],
})
export class AppModule {}
