import { streamText } from 'ai';
import { openai } from '@ai-sdk/openai';

// A web chat on our site (share buttons for WhatsApp are elsewhere): not a WhatsApp bot.
export async function POST(req: Request) {
  const { messages } = await req.json();
  const result = streamText({ model: openai('gpt-4o'), system: 'You are a helpful assistant. Answer anything.', messages });
  return result.toDataStreamResponse();
}
