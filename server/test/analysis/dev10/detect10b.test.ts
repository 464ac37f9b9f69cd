// Dev cases of detect10b (session 10): open-domain grants without "any" words, in 15 languages and of the kinds
// blind set 11 missed, written for the mechanisms (not copied from that set): limits and refusals turned around
// (double negation), off-topic questions answered in full before steering back, retrieval or routing that falls
// back to the bot's own knowledge, a general assistant offered as a perk; and scoped counterparts of each kind
// (a polite refusal that steers back, answers only from the documents, "never refuse a refund", "ne te limite
// pas à dire non").
import { blindSetFloors } from '../blindFloors';
import cases from './detect10b.json';

blindSetFloors('dev10 detect10b', cases, {
  default: { precision: 0.8, recall: 0.8, handoff: 0.9, notABot: 1 },
  include: { precision: 0.8, recall: 0.8, handoff: 0.9, notABot: 1 },
});
