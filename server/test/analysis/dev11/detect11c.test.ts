// Dev cases of detect11c (session 11), written for this round in 12 languages: scoped prompts that must not be
// flagged (a list of off-topic tasks governed by a verb-final negation closed by a semicolon, in Turkish, Tamil and
// Korean; few-shot dialogues whose speakers no lexicon names — "Mamá:", "Schüler:", "Ortu:" and the bot's own name;
// Thai and Japanese section headings read as instructions; a qualifier placed after the noun in Thai or a bare
// postposition in Urdu; an attacker's words in single quotation marks in English, Tagalog and Polish), with
// controls that must stay flagged (the same enumeration offered, "any question on any topic", a grant outside a
// single-quoted name, a few-shot whose replies serve the off-topic requests).
// Floors: the figures after the fixes of detect11c, rounded down (the few-shot control fr-01 is still missed).
import { blindSetFloors } from '../blindFloors';
import cases from './detect11c.json';

blindSetFloors('dev11 detect11c (precision: scope of negation, dialogue, headings, quotes)', cases, {
  default: { precision: 1, recall: 0.75, handoff: 0.9, notABot: 1 },
  include: { precision: 1, recall: 0.75, handoff: 0.9, notABot: 1 },
});
