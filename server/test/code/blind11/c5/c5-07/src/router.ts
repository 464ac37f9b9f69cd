import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { z } from 'zod';

const llm = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });

const Intent = z.object({
  intent: z.enum(['order_status', 'new_order', 'agent', 'other']),
  orderId: z.string().nullable(),
});

const routerPrompt = ChatPromptTemplate.fromMessages([
  ['system', 'Classify the WhatsApp message from a SabziMandi grocery customer. order_status = asking where their order is; new_order = wants to order vegetables/fruits/groceries; agent = wants a human / complaint / refund; other = anything else. Extract the order id (format SM-12345) if present.'],
  ['human', '{message}'],
]);

export const classify = routerPrompt.pipe(llm.withStructuredOutput(Intent));
