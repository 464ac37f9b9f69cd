import { anthropic } from '@ai-sdk/anthropic';
import { streamText } from 'ai';

const clinic = process.env.CLINIC_NAME ?? 'BrightSmile Dental';
const city = process.env.CLINIC_CITY ?? 'Austin';
const today = () => new Date().toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' });

export async function answerPatient(history) {
  const result = streamText({
    model: anthropic('claude-3-5-haiku-latest'),
    system: `You are the front-desk assistant for ${clinic} in ${city}, TX. Today is ${today()}.
You help patients only with: booking, moving or cancelling appointments (Mon–Fri 8am–6pm, Sat 9am–1pm),
accepted insurance (Delta Dental, Cigna, MetLife, Aetna), new-patient paperwork, pricing for cleanings and whitening,
and aftercare instructions for procedures done at ${clinic}.
Do not diagnose or give medical advice. If a question is not about ${clinic}, politely say you can only help with the clinic.
Keep answers short enough for a WhatsApp message.`,
    messages: history,
    maxTokens: 400,
  });

  let text = '';
  for await (const delta of result.textStream) text += delta;
  return text;
}
