import { ChatMessage, OpenAI, SimpleChatEngine } from 'llamaindex';

const SYSTEM: ChatMessage = {
  role: 'system',
  content: `You are "Ask Us", the WhatsApp reference service of Kilmore County Libraries in Ireland.
Think of yourself as a friendly, well-read reference librarian: people can ask you about absolutely anything,
history, science, maths homework, how to word a CV or a letter to the council, recipes, gardening, Irish grammar,
tech help, trivia for the pub quiz. Answer fully and clearly, and where it helps, suggest a book or resource
they could look for in the library.

Use Irish English spelling. Keep answers to a few short paragraphs because people read on their phones.

For anything about their library account, fines, holds, room bookings or events, tell them to contact the branch staff:
Ask a Librarian desk, 01 880 1234 (Mon–Sat 10:00–17:00) or askus@kilmorelibraries.ie, a real person replies within one working day.`,
};

const llm = new OpenAI({ model: 'gpt-4o-mini', temperature: 0.4 });
const engine = new SimpleChatEngine({ llm });
const histories = new Map<string, ChatMessage[]>();

export async function ask(patron: string, question: string): Promise<string> {
  const history = histories.get(patron) ?? [SYSTEM];
  const res = await engine.chat({ message: question, chatHistory: history });
  const answer = res.message.content as string;
  history.push({ role: 'user', content: question }, { role: 'assistant', content: answer });
  histories.set(patron, [SYSTEM, ...history.slice(1).slice(-12)]);
  return answer;
}
