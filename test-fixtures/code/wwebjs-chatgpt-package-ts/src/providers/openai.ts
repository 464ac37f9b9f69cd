import { ChatGPTAPI } from 'chatgpt';

export let chatgpt: ChatGPTAPI;

export function initOpenAI(): void {
  chatgpt = new ChatGPTAPI({
    apiKey: process.env.OPENAI_API_KEY ?? '',
    completionParams: { model: process.env.OPENAI_MODEL ?? 'gpt-3.5-turbo', temperature: 0.8 },
  });
}
