// Dev cases of detect9c (session 9): languages beyond the core nine (the six — tr it ru vi ja th — and sv da nb pl nl
// sw fa he uk ko ro hu cs el tl ur bn ms), one explicit grant, leak, restriction or negation per case, written as new
// texts (kinds translated, not phrases of other sets). Swedish, Danish and Norwegian ones sit under names that do
// not say "prompt", so they are linted only when their content is recognised (cues.yaml). Floors: the figures
// after the fixes of detect9c, rounded down.
import { blindSetFloors } from '../blindFloors';
import cases from './detect9c.json';

blindSetFloors('dev9 detect9c (other languages)', cases, {
  default: { precision: 0.95, recall: 0.95, handoff: 0.95, notABot: 0 },
  include: { precision: 0.95, recall: 0.95, handoff: 0.95, notABot: 0 },
});
