// Dev cases of detect10a (session 10): human paths decided by what they lead to — a request for a person answered by
// a bot, a refusal or a "coming soon" channel table, a target the prompt calls an AI elsewhere — beside real paths of
// the same shape (a request answered by a phone, a handoff tool, a transfer to customer service). Written for the
// mechanisms (analysis/handoffAnswers.ts, notYet.ts table cells), in 10 languages. Known miss: d10a-hi-01 (a verb-final
// handoff to a bot whose verb is no lexicon phrase).
import { blindSetFloors } from '../blindFloors';
import cases from './detect10a.json';

blindSetFloors('dev10 detect10a', cases, {
  default: { precision: 1, recall: 1, handoff: 0.93, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 0.93, notABot: 1 },
});
