/**
 * Identity statements: "if asked whether you are ChatGPT, say you are the assistant of X". A grant that names a
 * general AI model inside the clause of a condition or of a reported question is the question the bot is told
 * how to answer, not what it is: it governs the bot's identity, not its scope. (A bot that says it IS a general
 * AI, in a main clause, stays a grant.)
 */

import { type Context, commaBetween } from './context';
import { ownLanguageMask } from './ownMask';
import type { Match } from './matcher';

/** Names of general-purpose AI assistants and models, the same in every language (normalised, lower case). */
const MODEL_NAME =
  /^(chatgpt|gpt|gpt-?\d\S*|openai|gemini|bard|claude|copilot|llama|mistral|deepseek|grok|perplexity|siri|alexa|文心一言|豆包|通义千问|kimi)$/u;

/** How far back (tokens) the condition or question word may stand in the phrase's clause. */
const REACH = 12;

/** True when the phrase names a general AI model. */
function namesModel(ctx: Context, m: Match): boolean {
  const { tokens } = ctx.doc;
  for (let k = m.from; k < m.to; k++) if (MODEL_NAME.test(tokens[k].text)) return true;
  return false;
}

/**
 * A model-naming grant inside a condition or a reported question, in its own clause: "si te preguntan si eres
 * ChatGPT", "se ti chiedono se sei Gemini", "如果顾客问你是不是ChatGPT". The clause ends at a comma, so the main
 * clause after a finished condition still counts ("if you don't know, act like ChatGPT").
 */
export function identityQuestion(ctx: Context, m: Match): boolean {
  if (!namesModel(ctx, m)) return false;
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const cues = ownLanguageMask(ctx, 'conditional', 'askWord');
  for (let k = m.from - 1; k >= 0 && k >= m.from - REACH && sentence[k] === sentence[m.from]; k--) {
    if (commaBetween(doc, k + 1)) return false;
    if (cues[k]) return true;
  }
  return false;
}
