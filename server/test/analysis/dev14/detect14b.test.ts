// Dev cases of detect14b (session 14), open-domain recall and not-a-bot, each kind beside a case of the same shape
// that must stay as it is:
// - an off-topic request answered in full before steering back, with no comma after the condition (German
//   verb-second "Fragen zu anderen Themen beantwortest du ausführlich …", Hinglish verb-final "… to uska poori tarah
//   jawab do, phir …", Turkish "… ona ayrıntılı cevap ver, sonra …"; fullAnswer.ts and the `fullWord` class), beside
//   the same prompts that decline ("beantwortest du nicht", "jawab mat do", "cevap verme");
// - a condition whose examples follow a dotted abbreviation ("(π.χ. μαθηματικά, …), απάντησε αναλυτικά"): the
//   abbreviation does not end the sentence (segment.ts), beside the same condition declined ("μην απαντάς");
// - prompts whose output goes to staff or a program, not to the customer (agent-assist drafts, a QA scorer, a CRM
//   summary, a sentiment tagger, an intent labeller; `offstage` statements + one structural cue: offstage.ts), in
//   en, de, es, fr, sv, pt, it and Hinglish, beside customer-facing bots that mention internal notes or a draft an
//   adviser reviews (still bots);
// - a negation inside an off-topic condition before a dash ("לשאלות שלא קשורות למכון — סרב בנימוס", "Questions
//   that aren't about the studio — decline politely") governs no refusal (refusalPolarity.ts), beside a refusal that
//   is turned around ("— אל תסרב; ענה …").
// Known misses: none at the time of writing.
import { blindSetFloors } from '../blindFloors';
import cases from './detect14b.json';

blindSetFloors('dev14 detect14b', cases, {
  default: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
  include: { precision: 1, recall: 1, handoff: 1, notABot: 1 },
});
