import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate, MessagesPlaceholder } from '@langchain/core/prompts';
import { SISTEMA } from './prompts/sistema.js';

const prompt = ChatPromptTemplate.fromMessages([
  ['system', SISTEMA],
  new MessagesPlaceholder('historial'),
  ['human', '{mensaje}'],
]);

const llm = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0.2 });
export const chain = prompt.pipe(llm);

export async function cartera() {
  const r = await fetch(`${process.env.CRM_URL}/inmuebles?estado=disponible`);
  const items = await r.json();
  return items.map((i) => `- ${i.ref}: ${i.tipo} en ${i.barrio}, ${i.habitaciones} hab, ${i.m2} m², ${i.precio} €`).join('\n');
}
