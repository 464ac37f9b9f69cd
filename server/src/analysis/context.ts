/**
 * Decides whether a grant-like phrase is neutralised by its context: negation, refusal in the same
 * sentence, a negative section heading, a few-shot user turn, quotation, or domain qualification.
 */

import { type Contact, findContacts } from './contacts';
import { type Doc, phraseMatcher } from './doc';
import { detectFromTokens, hintLanguages } from './language';
import type { Category } from './lexicon';
import type { Match } from './matcher';
import { type Role, replies, roles } from './fewShot';
import { negativeLines } from './negativeSections';
import { refusalPolarity } from './refusalPolarity';
import { type Section, sectionMemo } from './sections';

export type { Role } from './fewShot';

/** Categories whose own wording may contain negation words ("no topic restriction", "not related"). */
const MASKING: Category[] = ['grant', 'task', 'leak', 'offTopic', 'noEscalation', 'additive'];
const LETTER = /\p{L}/u;
/** Clause separators between two tokens, by UTF-16 unit. */
const COMMA_CHARS = new Set([...',，،、:：(（)）'].map((c) => c.charCodeAt(0)));
const CONDITION_CLAUSE = 8;

export interface Context {
  doc: Doc;
  /** Names the prompt's file gives to bots, lower-case (AnalyzeOptions.botNames). */
  botNames?: ReadonlySet<string>;
  /** Per category: end token of the longest match starting at each token (0 = none). */
  startEnd: (c: Category) => Int32Array;
  /** Per category: 1 for tokens covered by a match. */
  covered: (c: Category) => Uint8Array;
  /** Per category: sentence ids containing a match. */
  sentences: (c: Category) => Set<number>;
  /** Per line: the line range of the assistant reply that follows a user turn. */
  replyOf: ([number, number] | undefined)[];
  /** Per line: contains a refusal, scope, negation or off-topic cue. */
  limitingLine: Uint8Array;
  /** 1 for tokens that start (2) or continue (1) a negation cue that is not part of a masking phrase. */
  negEnd: Uint8Array;
  /** End token of the longest postposed negation cue starting at each token (0 = none), foreign function words left out. */
  negAfterStart: Int32Array;
  contrast: Uint8Array;
  /** contrastBefore[k]: contrast tokens before token k. */
  contrastBefore: Int32Array;
  /** Per token: last token of its clause (comma-like break or sentence end). */
  clauseLast: Int32Array;
  /** Per token: last token of its sentence. */
  sentenceLast: Int32Array;
  conditional: Uint8Array;
  /** Refusals turned around by a negation ("don't refuse"): they decline nothing. */
  negatedRefusals: ReadonlySet<Match>;
  /** Sentence ids containing a refusal (not overlapping an opening phrase). */
  refusalSentences: Set<number>;
  /** Sentence id → first token of its first refusal. */
  firstRefusal: Map<number, number>;
  negationSentences: Set<number>;
  /** Per line: inside a section or list introduced as forbidden / out of scope. */
  negativeLine: Uint8Array;
  /** Per line: few-shot role. */
  role: Role[];
  /** Languages detected in the prompt, most frequent first. */
  languages: string[];
  /** E-mails, URLs and phone numbers in the normalised text. */
  contacts: Contact[];
  /** 1 for tokens inside an e-mail address or URL (their words are not phrases). */
  inContact: Uint8Array;
  /** 1 for tokens glued to the previous word by an apostrophe (Turkish case endings: "Masası'na"). */
  glued: Uint8Array;
}

function mark(arr: Uint8Array, ms: readonly Match[], useEnd = false): void {
  for (const m of ms) {
    if (useEnd) arr[m.to - 1] = 1;
    else for (let k = m.from; k < m.to; k++) arr[k] = 1;
  }
}

/**
 * One-word cues count in the prompt's own languages only (when they are known): "se" is "if" in Portuguese but a
 * reflexive pronoun in Czech, "ma" is "but" in Italian and a question particle in Thai transliteration.
 */
function ownCues(ms: readonly Match[], languages: readonly string[]): readonly Match[] {
  if (languages.length === 0) return ms;
  return ms.filter((m) => m.to - m.from !== 1 || languages.includes(m.pattern.lang));
}

function overlaps(m: Match, mask: Uint8Array): boolean {
  for (let k = m.from; k < m.to; k++) if (mask[k]) return true;
  return false;
}

function within(m: Match, mask: Uint8Array): boolean {
  for (let k = m.from; k < m.to; k++) if (!mask[k]) return false;
  return true;
}

/** Negation cues that negate: not literal parts of a phrase, not another language's function word, not a suffix. */
function negationCues(doc: Doc, languages: readonly string[]) {
  const n = doc.tokens.length;
  // Negation words that are literal parts of a phrase ("no topic restriction") do not negate it;
  // words a phrase skipped over in a gap still count.
  const mask = new Uint8Array(n);
  const negStart = new Set(doc.matches.negation.map((m) => m.from));
  for (const c of MASKING) {
    for (const m of doc.matches[c]) {
      // After a literal negation of the phrase's own ("non rifiutarla", "don't refuse*"), the word it negates is
      // the phrase's too, even when a stem step matched it: the double negation is the phrase's polarity.
      let ownNeg = false;
      for (let k = m.from; k < m.to; k++) {
        const lit = phraseMatcher().fitsLiteralStep(m.pattern, doc.tokens[k].text);
        if (!mask[k] && (lit || (ownNeg && phraseMatcher().fitsAnyStep(m.pattern, doc.tokens[k].text)))) mask[k] = 1;
        if (lit && negStart.has(k)) ownNeg = true;
      }
    }
  }
  // A one-word negation cue from a language the prompt is not written in, that is an ordinary
  // function word of another language, does not negate: "no" is a negation in English and Spanish
  // but "in the" in Portuguese ("os corretores atendem no (21) …"); Hinglish "na" is "and" in Swahili.
  const negLangs = new Map<number, string[]>();
  for (const o of doc.matches.negation) negLangs.set(o.from, [...(negLangs.get(o.from) ?? []), o.pattern.lang]);
  const negatesIn = (k: number, lang: string): boolean => negLangs.get(k)?.includes(lang) ?? false;
  const foreignFunctionWord = (m: Match): boolean =>
    m.to - m.from === 1 &&
    !languages.includes(m.pattern.lang) &&
    hintLanguages(doc.tokens[m.from].text).some(
      (l) => languages.includes(l) || (languages.length > 0 && !negatesIn(m.from, l)),
    ) &&
    !(negLangs.get(m.from) ?? []).some((l) => languages.includes(l));
  // A cue glued to the previous word by an apostrophe is a suffix or clitic, not a word: Turkish
  // case endings ("Masası'na", "Ankara'da"), where "na" would read as a Hinglish negation.
  const glued = new Uint8Array(n);
  const ntext = doc.norm.text;
  for (let k = 0; k < n; k++) {
    const st = doc.tokens[k].start;
    if (st < 2) continue;
    const q = ntext.charCodeAt(st - 1);
    if ((q === 39 || q === 0x2019) && LETTER.test(ntext[st - 2])) glued[k] = 1;
  }
  const suffix = (m: Match): boolean => m.to - m.from === 1 && glued[m.from] === 1;
  const cues = doc.matches.negation.filter((m) => !overlaps(m, mask) && !foreignFunctionWord(m) && !suffix(m));
  const negAfterStart = new Int32Array(n);
  for (const m of doc.matches.negationAfter)
    if (!foreignFunctionWord(m) && !overlaps(m, mask)) negAfterStart[m.from] = Math.max(negAfterStart[m.from], m.to);
  // A negation that governs a refusal ("don't refuse") is spent on it (refusalPolarity.ts).
  const polarity = refusalPolarity(doc, cues, negAfterStart, (k) => commaBetween(doc, k));
  // A refusal word that is also a negation cue ("refuse", "refuser") and that a negation turned around ("don't
  // refuse — answer it fully") negates nothing after it either: the double negation is spent on itself.
  const turned = new Uint8Array(n);
  mark(turned, [...polarity.negatedRefusals]);
  // (A cue listed in two languages is two matches over one span: both are spent.)
  const spent = new Set([...polarity.consumed].map((m) => `${m.from}:${m.to}`));
  const negs = cues.filter((m) => !spent.has(`${m.from}:${m.to}`) && !within(m, turned));
  for (const k of polarity.consumedAfter) negAfterStart[k] = 0;
  const negEnd = new Uint8Array(n);
  mark(negEnd, negs, true);
  return { negs, negEnd, negAfterStart, glued, negatedRefusals: polarity.negatedRefusals };
}

/** Postposed negation cues of the prompt's own languages that negate (not spent on a refusal, not part of a phrase). */
function postposed(doc: Doc, languages: readonly string[], negAfterStart: Int32Array): Match[] {
  return ownCues(doc.matches.negationAfter, languages).filter((m) => negAfterStart[m.from] >= m.to);
}

/** Refusals that instruct to decline: not part of an opening phrase, not an off-topic condition or an if-clause. */
function refusalCues(doc: Doc, conditional: Uint8Array, negated: ReadonlySet<Match>) {
  const n = doc.tokens.length;
  const { sentence } = doc.structure;
  const openings = [...doc.matches.grant, ...doc.matches.task, ...doc.matches.leak];
  const opening = new Uint8Array(n);
  mark(opening, openings);
  // A refusal word that is part of an opening phrase ("don't refuse") is not a refusal; one that the
  // phrase merely skipped over in a gap ("beantwortest du nicht, etwa …") still is.
  // A redirect that a leak phrase ends on ("answer it briefly, then steer back") belongs to the leak.
  const leakTok = new Uint8Array(n);
  mark(leakTok, doc.matches.leak);
  const partOfOpening = (r: Match): boolean =>
    (overlaps(r, leakTok) && !skippedByLeak(doc, r)) ||
    (overlaps(r, opening) &&
      openings.some(
        (o) =>
          o.from <= r.from &&
          o.to >= r.to &&
          doc.tokens.slice(r.from, r.to).every((t) => phraseMatcher().fitsAnyStep(o.pattern, t.text)),
      ));
  // A refusal phrase that is also an off-topic condition ("if the question is off topic, …") states
  // a condition, not an instruction to decline: it does not neutralise the rest of its sentence.
  const offTopic = new Uint8Array(n);
  mark(offTopic, doc.matches.offTopic);
  // So does one inside an "if" clause: "Jika ditanya hal di luar topik, …".
  const inCondition = (m: Match): boolean => {
    for (let k = m.from - 1; k >= 0 && k >= m.from - CONDITION_CLAUSE && sentence[k] === sentence[m.from]; k--) {
      if (commaBetween(doc, k + 1)) return false;
      if (conditional[k]) return true;
    }
    return false;
  };
  const refusals = doc.matches.refusal.filter(
    (m) => !negated.has(m) && !partOfOpening(m) && !covers(offTopic, m) && !inCondition(m),
  );
  const firstRefusal = new Map<number, number>();
  for (const m of refusals) if (!firstRefusal.has(sentence[m.from])) firstRefusal.set(sentence[m.from], m.from);
  return { refusalSentences: new Set(refusals.map((m) => sentence[m.from])), firstRefusal };
}

export function buildContext(doc: Doc): Context {
  const n = doc.tokens.length;
  const { sentence } = doc.structure;
  const languages = detectFromTokens(doc.tokens);
  const { negs, negEnd, negAfterStart, glued, negatedRefusals } = negationCues(doc, languages);
  const contrast = new Uint8Array(n);
  mark(contrast, ownCues(doc.matches.contrast, languages));
  const conditional = new Uint8Array(n);
  mark(conditional, ownCues(doc.matches.conditional, languages));
  const startEnd = memo((c: Category) => {
    const arr = new Int32Array(n);
    for (const m of doc.matches[c]) arr[m.from] = Math.max(arr[m.from], m.to);
    return arr;
  });
  const covered = memo((c: Category) => {
    const arr = new Uint8Array(n);
    mark(arr, doc.matches[c]);
    return arr;
  });
  const role = roles(doc);
  const contacts = findContacts(doc.norm.text);
  const limitingLine = new Uint8Array(doc.structure.lines.length);
  // A reply limits with a refusal, a scope, a negation before or after its verb (verb-final languages negate after
  // it: "কবিতা লেখা আমার কাজের মধ্যে পড়ে না") or an "only" ("mi occupo solo del Suo soggiorno").
  for (const c of ['refusal', 'scope', 'negation', 'offTopic'] as Category[])
    for (const m of doc.matches[c]) limitingLine[doc.structure.tokLine[m.from]] = 1;
  // (One-word cues of these two in the prompt's own languages: Swahili "tu" (only) is Spanish "your".)
  for (const c of ['negationAfter', 'onlyWord'] as Category[])
    for (const m of ownCues(doc.matches[c], languages)) limitingLine[doc.structure.tokLine[m.from]] = 1;
  return {
    doc,
    startEnd,
    covered,
    sentences: memo((c: Category) => new Set(doc.matches[c].map((m) => sentence[m.from]))),
    replyOf: replies(doc, role),
    limitingLine,
    negEnd,
    negAfterStart,
    contrast,
    contrastBefore: prefixCount(contrast),
    clauseLast: clauseEnds(doc),
    sentenceLast: sentenceEnds(sentence),
    conditional,
    ...refusalCues(doc, conditional, negatedRefusals),
    negatedRefusals,
    negationSentences: new Set(negs.map((m) => sentence[m.from])),
    // (Verb-final languages negate a heading after its verb: "## کارهایی که انجام نمی‌دهی", things you don't do.)
    negativeLine: negativeLines(
      doc,
      [...negs, ...postposed(doc, languages, negAfterStart)],
      languages,
      negatedRefusals,
    ),
    role,
    languages,
    contacts,
    inContact: contactTokens(doc, contacts),
    glued,
  };
}

/**
 * A refusal that a leak phrase merely skipped over in a gap, inside it, none of its words a step of the leak's
 * pattern: "관련 없는 요청은 정중히 거절하고, 도와드릴 수 있는 일을 안내하세요" (refuse unrelated requests, then say what
 * you can help with) is a refusal; the "help" after it is not the leak's answer. A redirect the leak ends on ("answer
 * it, then steer back") is one of its steps and stays the leak's.
 */
function skippedByLeak(doc: Doc, r: Match): boolean {
  const skipped = (o: Match): boolean =>
    o.from < r.from &&
    r.to < o.to &&
    doc.tokens.slice(r.from, r.to).every((t) => !phraseMatcher().fitsAnyStep(o.pattern, t.text));
  const inside = doc.matches.leak.filter((o) => o.from < r.from && r.to < o.to);
  return inside.length > 0 && inside.every(skipped);
}

function covers(mask: Uint8Array, m: Match): boolean {
  for (let k = m.from; k < m.to; k++) if (!mask[k]) return false;
  return true;
}

function contactTokens(doc: Doc, contacts: readonly Contact[]): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  const cs = contacts.filter((c) => c.kind !== 'phone');
  if (cs.length === 0) return out;
  let j = 0;
  doc.tokens.forEach((t, i) => {
    while (j < cs.length && cs[j].end <= t.start) j++;
    if (j < cs.length && t.start >= cs[j].start && t.end <= cs[j].end) out[i] = 1;
  });
  return out;
}

function memo<T>(f: (c: Category) => T): (c: Category) => T {
  const cache = new Map<Category, T>();
  return (c) => {
    let v = cache.get(c);
    if (v === undefined) {
      v = f(c);
      cache.set(c, v);
    }
    return v;
  };
}

/** A comma-like break between token k-1 and token k. */
export function commaBetween(doc: Doc, k: number): boolean {
  return commaIn(doc.norm.text, doc.tokens[k - 1].end, doc.tokens[k].start);
}

const SPACED_DASH = /\s[-–—]\s/;

/** A dash with spaces around it between token k-1 and token k ("don't shut them down — help …"). */
export function dashBetween(doc: Doc, k: number): boolean {
  return SPACED_DASH.test(doc.norm.text.slice(doc.tokens[k - 1].end, doc.tokens[k].start));
}

/** A comma-like break in t[a, e), the gap between two tokens. */
function commaIn(t: string, a: number, e: number): boolean {
  for (let i = a; i < e; i++) if (COMMA_CHARS.has(t.charCodeAt(i))) return true;
  // Thai, Lao, Khmer and Burmese write words together and separate clauses with a space.
  return a < e && t[a] === ' ' && CLAUSE_SPACED.test(t[a - 1]) && CLAUSE_SPACED.test(t[a + 1] ?? '');
}
const CLAUSE_SPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/;

/**
 * Per token: the last token of its clause (before a comma-like break or the sentence end). No sentence
 * crosses a section cut, so each section's answer (kept per section text, local indexes) is moved to its place.
 */
function clauseEnds(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokens.length);
  for (const s of doc.sections) {
    const local = sectionMemo(s, 'clauseEnds', sectionClauseEnds);
    for (let k = 0; k < local.length; k++) out[s.tokBase + k] = local[k] + s.tokBase;
  }
  return out;
}

/** clauseEnds of one section at local indexes: one backward pass. */
function sectionClauseEnds(s: Section): Int32Array {
  const { sentence, tokens } = s;
  const t = s.norm.text;
  const n = sentence.length;
  const out = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const next = k + 1 < n && sentence[k + 1] === sentence[k];
    out[k] = next && !commaIn(t, tokens[k].end - s.normBase, tokens[k + 1].start - s.normBase) ? out[k + 1] : k;
  }
  return out;
}

/** Per token: the last token of its sentence. One backward pass. */
function sentenceEnds(sentence: Int32Array): Int32Array {
  const out = new Int32Array(sentence.length);
  for (let k = sentence.length - 1; k >= 0; k--)
    out[k] = k + 1 < sentence.length && sentence[k + 1] === sentence[k] ? out[k + 1] : k;
  return out;
}

/** contrastBefore[k] = number of contrast tokens in [0, k). */
function prefixCount(flags: Uint8Array): Int32Array {
  const out = new Int32Array(flags.length + 1);
  for (let k = 0; k < flags.length; k++) out[k + 1] = out[k] + flags[k];
  return out;
}
