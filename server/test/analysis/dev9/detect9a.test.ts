// Dev cases of detect9a (session 9): config-style prompts whose negating keys govern their values, quoted
// red-team scripts, conditional grants, retrieval that falls back to the bot's own knowledge, off-topic answers
// given fully before steering back, and negations undone. Written for the mechanisms, in 11 languages.
import { blindSetFloors } from '../blindFloors';
import cases from './detect9a.json';

blindSetFloors('dev9 detect9a', cases, {
  default: { precision: 1, recall: 0.75, handoff: 0.9, notABot: 1 },
  include: { precision: 1, recall: 0.75, handoff: 0.9, notABot: 1 },
});
