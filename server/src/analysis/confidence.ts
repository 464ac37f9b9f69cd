/**
 * Whether the prompt is mostly in a language we have a lexicon for. A word counts as known when it
 * is a function word of some lexicon, belongs to a script a lexicon owns (Han, Arabic, Devanagari),
 * or is part of a lexicon phrase (grant, scope, refusal, negation...). Business nouns and contact
 * cues do not count: loanwords such as "hotel" or "menu" occur in every language. Japanese (Han
 * with kana) and Urdu/Persian (Arabic script with their own letters) count as unsupported.
 */

import type { Doc } from './doc';
import type { Doubt, PromptAnalysis, Signal } from './types';
import type { Category } from './lexicon';
import { hintLanguages, knownToken, tokenLanguages } from './language';

const MIN_COVERAGE = 0.2;
/** A classifier score under this is borderline (docs/classifier.md: the held-out errors cluster below it). */
export const SURE_SCORE = 0.8;
/** Fewer words than this give too little to judge a scope or a path to a person by their absence. */
const SHORT_WORDS = 8;
const MIN_WORDS = 6;
/** Scripts written without spaces (Thai, Lao, Khmer, Burmese) give few, long tokens. */
const MIN_LETTERS = 40;
const NOT_EVIDENCE: ReadonlySet<Category> = new Set([
  'business',
  'contactCue',
  'handoffToken',
  'lookupToken',
  'switchKey',
  'personaBound',
  'qualifier',
  'broad',
  'userRole',
  'assistantRole',
]);

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
/** Letters of Urdu and Persian that Arabic does not use (ٹ ڈ ڑ ں ے ہ ھ ۓ پ چ ژ گ). */
const URDU_PERSIAN = /[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be\u06d3\u067e\u0686\u0698\u06af]/;
const ARABIC = /\p{Script=Arabic}/u;
const SCRIPT_SHARE = 0.15;

/**
 * Scripts a lexicon owns but that the prompt uses for another language: Han inside Japanese
 * (kana present), Arabic script inside Urdu or Persian (their own letters present). Their tokens
 * are then not evidence of a known language.
 */
function borrowedScripts(doc: Doc): (t: string) => boolean {
  let kana = 0;
  let han = 0;
  let arabic = 0;
  let urdu = 0;
  for (const t of doc.tokens) {
    const c = t.text[0];
    if (c < '\u0080') continue;
    if (KANA.test(c)) kana++;
    else if (HAN.test(c)) han++;
    else if (ARABIC.test(c)) {
      arabic++;
      if (URDU_PERSIAN.test(t.text)) urdu++;
    }
  }
  const japanese = kana > 0 && kana >= SCRIPT_SHARE * (kana + han);
  const urduPersian = urdu > 0 && urdu >= SCRIPT_SHARE * arabic;
  if (!japanese && !urduPersian) return () => false;
  return (t) => (japanese && HAN.test(t[0])) || (urduPersian && ARABIC.test(t[0]));
}

export function lexiconCoverage(doc: Doc): { coverage: number; words: number; letters: number } {
  const n = doc.tokens.length;
  const borrowed = borrowedScripts(doc);
  const phrase = new Uint8Array(n);
  for (const [c, ms] of Object.entries(doc.matches) as [Category, Doc['matches'][Category]][]) {
    if (NOT_EVIDENCE.has(c)) continue;
    for (const m of ms) for (let k = m.from; k < m.to; k++) phrase[k] = 1;
  }
  let words = 0;
  let known = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i].text;
    if (/^[0-9_]+$/.test(t)) continue;
    words++;
    letters += t.length;
    if (phrase[i] || hintLanguages(t).length > 0 || (!borrowed(t) && knownToken(t))) known++;
  }
  return { coverage: words === 0 ? 1 : known / words, words, letters };
}

/** True when the dominant language of the prompt has no lexicon. */
export function unsupportedLanguage(doc: Doc): boolean {
  // Cheap pass first: most prompts are plainly in a known language from their function words.
  const words = doc.tokens.length;
  const { known } = tokenLanguages(doc.tokens);
  if (words > 0 && known / words >= MIN_COVERAGE && !/[\u3040-\u30ff\u0679-\u06d3]/.test(doc.norm.text)) return false;
  return lowCoverage(doc);
}

function lowCoverage(doc: Doc): boolean {
  const { coverage, words, letters } = lexiconCoverage(doc);
  return (words >= MIN_WORDS || letters >= MIN_LETTERS) && coverage < MIN_COVERAGE;
}

const learnedOnly = (signals: readonly Signal[], kind: Signal['kind']) => {
  const found = signals.filter((s) => s.kind === kind);
  return found.length > 0 && found.every((s) => s.score !== undefined);
};
const borderline = (signals: readonly Signal[], kind: Signal['kind']) =>
  learnedOnly(signals, kind) && signals.every((s) => s.kind !== kind || (s.score ?? 1) < SURE_SCORE);

/**
 * Why a verdict is low-confidence: the language has no lexicon; it rests on classifier clauses alone,
 * all under SURE_SCORE; or the prompt is too short for the absence of a scope or a human path to mean
 * much. Explicit wording (a lexicon grant, a phone number) is never doubted for being short.
 */
export function verdictDoubts(a: PromptAnalysis, doc: Doc): Doubt[] {
  const out: Doubt[] = [];
  if (a.confidence === 'low') out.push('language');
  const open = a.openDomain && a.reason === 'explicit-grant' && !a.signals.some((s) => s.kind === 'leak');
  if ((open && borderline(a.signals, 'grant')) || (a.hasEscalation && borderline(a.signals, 'escalation')))
    out.push('borderline');
  const explicit = a.signals.some((s) => s.score === undefined && s.kind !== 'business');
  if (!explicit && countWords(doc) < SHORT_WORDS) out.push('short');
  return out;
}

function countWords(doc: Doc): number {
  let n = 0;
  for (const t of doc.tokens) if (!/^[0-9_]+$/.test(t.text) && ++n >= SHORT_WORDS) break;
  return n;
}
