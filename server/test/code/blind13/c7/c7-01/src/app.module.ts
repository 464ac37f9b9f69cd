import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import assistantConfig from './config/assistant.config';
import whatsappConfig from './config/whatsapp.config';
import { WebhookController } from './whatsapp/webhook.controller';
import { WhatsappService } from './whatsapp/whatsapp.service';
import { AssistantService } from './assistant/assistant.service';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [assistantConfig, whatsappConfig] })],
  controllers: [WebhookController],
  providers: [WhatsappService, AssistantService],
})
export class AppModule {}
