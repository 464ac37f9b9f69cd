import { ChatOpenAI } from '@langchain/openai';
import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';

const modelo = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0.7 });
const SYSTEM_PROMPT = process.env.SYSTEM_PROMPT ?? 'Você é o ChatGPT, um assistente de IA útil.';

const memorias = new Map();

export async function conversar(numero, texto) {
  const historico = memorias.get(numero) ?? [];
  const mensagens = [new SystemMessage(SYSTEM_PROMPT), ...historico, new HumanMessage(texto)];
  const resposta = await modelo.invoke(mensagens);
  historico.push(new HumanMessage(texto), new AIMessage(resposta.content));
  memorias.set(numero, historico.slice(-20));
  return resposta.content;
}
