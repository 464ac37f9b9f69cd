import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import OpenAI from 'openai';
import assistantConfig from '../config/assistant.config';
import { WhatsappService } from '../whatsapp/whatsapp.service';

const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'consultar_estoque',
      description: 'Consulta estoque e preço de um produto por nome ou EAN',
      parameters: { type: 'object', properties: { produto: { type: 'string' } }, required: ['produto'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'status_pedido',
      description: 'Status de um pedido de entrega',
      parameters: { type: 'object', properties: { numero: { type: 'string' } }, required: ['numero'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'transferir_para_atendente',
      description: 'Passa a conversa para um atendente humano / farmacêutico de plantão',
      parameters: { type: 'object', properties: { resumo: { type: 'string' } }, required: ['resumo'] },
    },
  },
];

@Injectable()
export class AssistantService {
  private readonly openai = new OpenAI();
  private readonly log = new Logger(AssistantService.name);
  private history = new Map<string, OpenAI.Chat.Completions.ChatCompletionMessageParam[]>();

  constructor(
    @Inject(assistantConfig.KEY) private readonly cfg: ConfigType<typeof assistantConfig>,
    private readonly wa: WhatsappService,
  ) {}

  async reply(from: string, text: string): Promise<string | null> {
    if (await this.wa.isWithHuman(from)) return null;
    const msgs = this.history.get(from) ?? [];
    msgs.push({ role: 'user', content: text });

    const res = await this.openai.chat.completions.create({
      model: this.cfg.model,
      temperature: this.cfg.temperature,
      messages: [{ role: 'system', content: this.cfg.systemPrompt }, ...msgs.slice(-12)],
      tools,
    });
    const choice = res.choices[0].message;

    for (const call of choice.tool_calls ?? []) {
      const args = JSON.parse(call.function.arguments || '{}');
      if (call.function.name === 'transferir_para_atendente') {
        await this.wa.assignToOperator(from, args.resumo);
        this.history.delete(from);
        return 'Vou te passar para o nosso farmacêutico, só um instante.';
      }
      this.log.debug(`tool ${call.function.name} ${JSON.stringify(args)}`);
      // estoque / pedido resolvidos pelo ERP (ver erp.client no repositório interno)
    }

    const answer = choice.content ?? 'Desculpe, não consegui entender. Pode repetir?';
    msgs.push({ role: 'assistant', content: answer });
    this.history.set(from, msgs);
    return answer;
  }
}
