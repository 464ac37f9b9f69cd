import { ChatGroq } from '@langchain/groq';
import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';

const llm = new ChatGroq({ model: 'llama-3.3-70b-versatile', temperature: 0.5 });
const instrucciones = process.env.PROMPT_SISTEMA;
const memoria = new Map();

export async function charlar(chat, texto) {
  const pasado = memoria.get(chat) ?? [];
  const mensajes = [new SystemMessage(instrucciones), ...pasado, new HumanMessage(texto)];
  const salida = await llm.invoke(mensajes);
  //                   ^^^^^^^^^^ flow/open-domain-llm
  memoria.set(chat, [...pasado, new HumanMessage(texto), new AIMessage(salida.content)].slice(-16));
  return salida.content;
}
