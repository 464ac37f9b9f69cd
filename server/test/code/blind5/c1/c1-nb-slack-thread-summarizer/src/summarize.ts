import OpenAI from 'openai';

const openai = new OpenAI();

export async function summarizeThread(lines: string[], question?: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You are a helpful assistant. Answer any question the user asks.' },
      {
        role: 'user',
        content: `${question ?? 'Summarize this Slack thread in 5 bullet points, then list open action items.'}\n\n---\n${lines.join('\n')}`,
      },
    ],
  });
  return res.choices[0].message.content ?? '';
}
