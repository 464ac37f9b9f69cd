// Dev cases of detect13a (session 13): human paths claimed where none exists, written for the mechanisms (not
// copied from any blind set), each kind in several languages with real counterparts: a transfer or number reserved
// for another audience ("for employees only", "apenas para revendedores", "Nur für Mitarbeiter:", a section whose
// heading is "réservée uniquement au personnel"); a number its own clause says a bot, an IVR or an automatic system
// answers; an address that is the prompt file's metadata (`authors:`, `owner:`); a handoff tag switched off
// (`<handoff>off</handoff>`). Counterparts keep real paths real: staff as the target of a customer transfer, "nur"
// limiting the hours, a line a person answers, a support address offered to customers, `<handoff>on</handoff>`.
import { blindSetFloors } from '../blindFloors';
import cases from './detect13a.json';

blindSetFloors('dev13 detect13a', cases, {
  default: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
});
