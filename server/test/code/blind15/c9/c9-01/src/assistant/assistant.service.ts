import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import OpenAI from 'openai';

type Turn = { role: 'user' | 'assistant'; content: string };

@Injectable()
export class AssistantService {
  private readonly client = new OpenAI();
  private readonly history = new Map<string, Turn[]>();

  constructor(private readonly config: ConfigService) {}

  async reply(waId: string, text: string): Promise<string> {
    const turns = this.history.get(waId) ?? [];
    turns.push({ role: 'user', content: text });

    const completion = await this.client.chat.completions.create({
      model: this.config.get<string>('openai.model')!,
      temperature: 0.3,
      messages: [
        { role: 'system', content: this.config.get<string>('assistant.systemPrompt')! },
        ...turns.slice(-12),
      ],
    });

    const answer = completion.choices[0]?.message?.content?.trim() ?? '';
    turns.push({ role: 'assistant', content: answer });
    this.history.set(waId, turns);
    return answer;
  }
}
