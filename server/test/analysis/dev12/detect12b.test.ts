// Dev cases of detect12b (session 12): prompt files that are not customer-facing bots, decided from who fills the
// input and who reads the output (analysis/ioCues.ts, formats/prompt-files/promptIO.ts): intent routers and judges
// that answer with one code label from a list, summarisers, translators and marketing drafts whose file declares a
// machine output and whose user turn is data a program fills — beside customer bots in the same formats that must
// stay bots (a `{{message}}` user turn with no machine output, a JSON reply with a reply field, two menu codes), in
// 10 languages (Dotprompt, Prompty, GitHub `.prompt.yml`).
// Known misses: d12b-fr-01, a summariser whose instructions say it may summarise chats "on any subject", is still
// taken for a bot with a grant (a grant is explained away by a judge's labels or scale, not by a program-filled user
// turn alone: a router's "anything else goes to the general agent" reads the same and is the bot's grant);
// not this topic: d12b-ko-01 gets no-business-scope and no handoff (the Korean scope and the local
// number are not read).
import { blindSetFloors } from '../blindFloors';
import cases from './detect12b.json';

blindSetFloors('dev12 detect12b', cases, {
  default: { precision: 0.33, recall: 1, handoff: 0.75, notABot: 0.83 },
  include: { precision: 0.33, recall: 1, handoff: 0.75, notABot: 0.83 },
});
