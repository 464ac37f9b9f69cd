import OpenAI from 'openai';
import config from './config';

const openai = new OpenAI({ apiKey: config.openAIKey });

export async function askGpt(question: string): Promise<string> {
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: config.prePrompt ?? '' },
      { role: 'user', content: question },
    ],
  });
  return r.choices[0].message.content ?? '';
}
