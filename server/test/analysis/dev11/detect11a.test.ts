// Dev cases of detect11a (session 11): human paths decided from where a handoff leads and what a contact is — a
// handoff setting switched off in the bot's config (JSON scalar, object or YAML block), numbers that are payment
// handles, IP addresses, codes, amounts or the bot's own line, FAQ/menu pages, a command or token in the clause of a
// handoff to a bot, a tool whose definition hands over to a bot — beside real paths of the same shape (a signature,
// a /command, a tool definition for a person, a contact form, wa.me, a local number, a handoff switched on). Written
// for the mechanisms (analysis/switchedOff.ts, contacts.ts, handoffAnswers.ts botMeans) in 13 languages.
// Known miss (not this topic): d11a-tr-01 gets an open-domain false alarm.
import { blindSetFloors } from '../blindFloors';
import cases from './detect11a.json';

blindSetFloors('dev11 detect11a', cases, {
  default: { precision: 0, recall: 0, handoff: 1, notABot: 0 },
  include: { precision: 0, recall: 0, handoff: 1, notABot: 0 },
});
