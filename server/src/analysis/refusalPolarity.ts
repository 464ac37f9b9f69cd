/**
 * Double negation: a negation that governs a refusal ("don't refuse", "não precisa recusar", "אל תשלח
 * אותו בידיים ריקות", "खाली हाथ न लौटाएँ") turns the refusal into its opposite. Such a refusal declines
 * nothing (its sentence is not closed by it), and the negation it consumed reaches no other phrase (the
 * general-knowledge answer that follows is not "negated"). Read in one pass over the matches.
 */

import { type Doc, phraseMatcher } from './doc';
import type { Match } from './matcher';
import { lexicons } from './lexicon';

let suffixLangs: Set<string> | undefined;

/** Languages whose lexicon reads a negative imperative from the verb's suffix (`morphology.negatedImperative`). */
function suffixNegation(): Set<string> {
  return (suffixLangs ??= new Set(lexicons.filter((l) => l.morphology?.negatedImperative).map((l) => l.lang)));
}

/** Words between a negation and the refusal it governs ("not need to refuse", "אל תשלח אותו …"). */
const BEFORE_GAP = 2;
/** More words allowed when the negation governs a verb of saying that reports the refusal. */
const SPEECH_GAP = 3;
/** Words between a refusal and a postposed negation ("खाली हाथ न लौटाएँ"). */
const AFTER_GAP = 1;

export interface RefusalPolarity {
  /** Refusal matches that a negation turns around. */
  negatedRefusals: Set<Match>;
  /** Negation matches (before) consumed by a refusal. */
  consumed: Set<Match>;
  /** Start tokens of postposed negation cues consumed by a refusal. */
  consumedAfter: Set<number>;
}

/**
 * `negs`: the negation cues that negate (context.ts), `negAfterStart`: postposed cue ends by start token,
 * `clauseBreak(k)`: a comma-like break between tokens k-1 and k.
 */
export function refusalPolarity(
  doc: Doc,
  negs: readonly Match[],
  negAfterStart: Int32Array,
  clauseBreak: (k: number) => boolean,
): RefusalPolarity {
  const n = doc.tokens.length;
  const { sentence } = doc.structure;
  const negByEnd = new Map<number, Match>();
  const negByStart = new Map<number, Match>();
  // A negation inside an off-topic condition ("questions that are not related to the shop — refuse politely",
  // "לשאלות שאינן קשורות למסעדה — סרב") is the condition's own word: it governs no refusal after it.
  const offTopic = new Uint8Array(n);
  for (const m of doc.matches.offTopic) offTopic.fill(1, m.from, m.to);
  for (const m of negs) {
    if (offTopic[m.from] && offTopic[m.to - 1]) continue;
    negByEnd.set(m.to, m);
    negByStart.set(m.from, m);
  }
  const speech = new Uint8Array(n);
  for (const m of doc.matches.sayWord) speech[m.from] = 1;
  // A negation that governs an answer verb before the refusal ("Tidak melayani pertanyaan di luar layanan": do not
  // serve questions outside the service) negates the answer, not the refusal.
  const answer = new Uint8Array(n);
  for (const m of doc.matches.answerWord) answer.fill(1, m.from, m.to);
  const out: RefusalPolarity = { negatedRefusals: new Set(), consumed: new Set(), consumedAfter: new Set() };
  const sameClause = (a: number, b: number): boolean => {
    if (sentence[a] !== sentence[b]) return false;
    for (let k = a + 1; k <= b; k++) if (clauseBreak(k)) return false;
    return true;
  };
  // A refusal word inside an opening phrase ("don't refuse", "keine Einschränkung") is the phrase's own
  // polarity: the phrase is judged as a whole, and a negation before it negates the phrase.
  const opening = new Uint8Array(n);
  for (const c of ['grant', 'task', 'leak'] as const) for (const m of doc.matches[c]) opening.fill(1, m.from, m.to);
  // A refusal written with its own negation word ("ne válaszolj", "не отвечай") agrees with a negation before it
  // ("soha ne válaszolj", "никогда не отвечай": negative concord): that is no double negation.
  // A negation the refusal only skipped over in a gap (it fits no step of it) is no word of it: it negates the refusal ("Lehne niemals eine
  // Frage ab": a separable verb around "niemals").
  // A negation read from the verb's own suffix (morphology.ts, languages that negate an imperative by a suffix: Turkish
  // "geri çevirme", don't turn away) is the refusal's own word only where a step spells that form: a stem step
  // ("çevir*") covers the negated verb, it does not write it. (A negative auxiliary word, Korean "마세요", is a word
  // the refusal spells.)
  const literal = (r: Match, neg: Match): boolean => {
    const suffix = neg.pattern.steps.length === 0 && suffixNegation().has(neg.pattern.lang);
    for (let k = neg.from; k < neg.to; k++) {
      const tok = doc.tokens[k].text;
      if (!(suffix ? phraseMatcher().fitsLiteralStep(r.pattern, tok) : phraseMatcher().fitsAnyStep(r.pattern, tok)))
        return false;
    }
    return true;
  };
  const inside = (r: Match, own: boolean): Match | undefined => {
    for (let k = r.from; k < r.to; k++) {
      const neg = negByStart.get(k);
      if (neg && neg.to <= r.to && neg.to - neg.from < r.to - r.from && literal(r, neg) === own) return neg;
    }
    return undefined;
  };
  for (const r of doc.matches.refusal) {
    if (opening.subarray(r.from, r.to).some((x) => x === 1) || inside(r, true)) continue;
    const gap = inside(r, false);
    if (gap) {
      out.consumed.add(gap);
      out.negatedRefusals.add(r);
      continue;
    }
    // A negation ending right before the refusal, in its clause; or before a verb of saying that reports it ("don't
    // say it's outside your scope", "no le digas que no podés").
    let hit = false;
    for (let end = r.from; end >= r.from - BEFORE_GAP - SPEECH_GAP && end > 0 && !hit; end--) {
      const neg = negByEnd.get(end);
      if (
        neg &&
        (end >= r.from - BEFORE_GAP || speech[end] === 1) &&
        !answer.subarray(end, r.from).includes(1) &&
        sameClause(neg.to - 1, r.from)
      ) {
        out.consumed.add(neg);
        hit = true;
      }
    }
    // A postposed negation right after it (verb-final clauses).
    for (let k = r.to; k <= r.to + AFTER_GAP && k < n && !hit; k++) {
      if (negAfterStart[k] > 0 && sameClause(r.to - 1, k)) {
        out.consumedAfter.add(k);
        const neg = negByStart.get(k);
        if (neg) out.consumed.add(neg);
        hit = true;
      }
    }
    if (hit) out.negatedRefusals.add(r);
  }
  return out;
}
