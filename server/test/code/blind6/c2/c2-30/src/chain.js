import { ChatOllama } from '@langchain/ollama';
import { ChatPromptTemplate, MessagesPlaceholder } from '@langchain/core/prompts';
import { StringOutputParser } from '@langchain/core/output_parsers';

const llm = new ChatOllama({
  baseUrl: process.env.OLLAMA_BASE_URL,
  model: process.env.OLLAMA_MODEL ?? 'qwen2.5:7b',
  temperature: 0.7,
});

const prompt = ChatPromptTemplate.fromMessages([
  ['system', '你是一个乐于助人的 AI 助手，可以回答用户的任何问题。请用简体中文回答。'],
  new MessagesPlaceholder('history'),
  ['human', '{input}'],
]);

export const chain = prompt.pipe(llm).pipe(new StringOutputParser());
