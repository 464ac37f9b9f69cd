import { ChatOpenAI } from '@langchain/openai';
import { SystemMessage, HumanMessage, AIMessage } from '@langchain/core/messages';

const model = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0.7 });
const systemPrompt = process.env.SYSTEM_PROMPT ?? 'Você é um assistente útil.';
const conversas = new Map();

export async function conversar(numero, texto) {
  const hist = conversas.get(numero) ?? [];
  const resposta = await model.invoke([new SystemMessage(systemPrompt), ...hist, new HumanMessage(texto)]);
  hist.push(new HumanMessage(texto), new AIMessage(resposta.content));
  conversas.set(numero, hist.slice(-20));
  return resposta.content;
}
