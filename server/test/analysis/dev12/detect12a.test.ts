// Dev cases of detect12a (session 12): the kinds blind set 13 missed, written for the mechanisms (not copied from
// that set), each with a scoped or open counterpart: a negation inside an if-clause that ends at its comma ("si no
// parece tener relación, no la rechaces: ayúdale igual"); a refusal turned around by a negation in a separable
// verb's gap ("Weise niemals eine Frage zurück") or over a reported refusal ("don't tell them it's outside your
// scope"); an "off-topic questions" section that serves the request; per-channel prompts whose WhatsApp section
// decides; an off-topic answer that reports a decline ("reply in one sentence that this is not something you can
// help with here").
import { blindSetFloors } from '../blindFloors';
import cases from './detect12a.json';

blindSetFloors('dev12 detect12a', cases, {
  default: { precision: 0.95, recall: 0.95, handoff: 0.95, notABot: 1 },
  include: { precision: 0.95, recall: 0.95, handoff: 0.95, notABot: 1 },
});
