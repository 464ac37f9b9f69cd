// Dev cases of detect10c (session 10), written for this round in 11 languages: prompt files that are not bots
// (transcript summarisers for a CRM, message classifiers and moderation with a closed list of labels or output
// fields, an off-topic request quoted as a message to sort), bot look-alikes that must stay bots (a JSON reply
// field for the user, menu keywords as Latin keys, a tool list in backticks, "do not answer the client on other
// topics"), and a general-knowledge leak written as one noun of a list that a verb-final refusal declines (and
// its counter-case that answers first). Floors: the figures after the fixes of detect10c, rounded down.
import { blindSetFloors } from '../blindFloors';
import cases from './detect10c.json';

blindSetFloors('dev10 detect10c (not-a-bot, precision)', cases, {
  default: { precision: 1, recall: 1, handoff: 0.9, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 0.9, notABot: 1 },
});
