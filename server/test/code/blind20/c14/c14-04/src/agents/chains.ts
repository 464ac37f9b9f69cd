import { ChatOpenAI } from '@langchain/openai'
import { ChatPromptTemplate, MessagesPlaceholder } from '@langchain/core/prompts'
import { StringOutputParser } from '@langchain/core/output_parsers'
import type { BaseMessage } from '@langchain/core/messages'
import { cfg } from '../config'
import { tier1SystemPrompt, tier2SystemPrompt } from './prompt'

function makeChain(system: string, model: string) {
  const prompt = ChatPromptTemplate.fromMessages([
    ['system', system.replace(/[{}]/g, (c) => c + c)],
    new MessagesPlaceholder('history'),
    ['human', '{input}'],
  ])
  return prompt.pipe(new ChatOpenAI({ model, temperature: 0.4 })).pipe(new StringOutputParser())
}

export const tier1 = makeChain(tier1SystemPrompt(), cfg.models.tier1)
export const tier2 = makeChain(tier2SystemPrompt(), cfg.escalation.tier2_model)

export type History = BaseMessage[]
