import type { Message } from 'whatsapp-web.js';
import { chatgpt } from '../providers/openai';

const lastReply: Record<string, string> = {};

export async function handleGpt(message: Message, question: string): Promise<void> {
  const res = await chatgpt.sendMessage(question, { parentMessageId: lastReply[message.from] });
  //                ^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
  lastReply[message.from] = res.id;
  await message.reply(res.text);
}
