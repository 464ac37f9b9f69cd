/**
 * Stemming for the inflected languages that have a lexicon, so that a lexicon word matches its inflected
 * forms ("soru" → "sorularına", "pertanyaan" → "tanya", "вопросы" → "вопрос", "প্রশ্নের" → "প্রশ্ন", "sumagot" →
 * "sagot"). The stemmers are those of the maintained @nlpjs/lang-* packages (Snowball algorithms; Nazief–Adriani
 * for Indonesian and Malay; suffix stripping for Bengali; affix and infix stripping for Tagalog),
 * pure JavaScript, imported one file each so that the bundle holds no sentiment data. A stemmer runs on
 * one word at a time in time linear in its length; results are cached by the matcher per token.
 */

import StemmerBn from '@nlpjs/lang-bn/src/stemmer-bn';
import StemmerCs from '@nlpjs/lang-cs/src/stemmer-cs';
import StemmerDa from '@nlpjs/lang-da/src/stemmer-da';
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de';
import StemmerEl from '@nlpjs/lang-el/src/stemmer-el';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es';
import StemmerFi from '@nlpjs/lang-fi/src/stemmer-fi';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr';
import StemmerHu from '@nlpjs/lang-hu/src/stemmer-hu';
import StemmerId from '@nlpjs/lang-id/src/stemmer-id';
import StemmerIt from '@nlpjs/lang-it/src/stemmer-it';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl';
import StemmerNo from '@nlpjs/lang-no/src/stemmer-no';
import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl';
import StemmerPt from '@nlpjs/lang-pt/src/stemmer-pt';
import StemmerRo from '@nlpjs/lang-ro/src/stemmer-ro';
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru';
import StemmerSr from '@nlpjs/lang-sr/src/stemmer-sr';
import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv';
import StemmerTl from '@nlpjs/lang-tl/src/stemmer-tl';
import StemmerTr from '@nlpjs/lang-tr/src/stemmer-tr';
import StemmerUk from '@nlpjs/lang-uk/src/stemmer-uk';
import { lexicons } from './lexicon';
import { LightStemmer } from './lightStem';

/** The parts of @nlpjs/core's BaseStemmer used here (its stemWord keeps an unbounded cache: not used). */
interface Stemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
  dictionary?: { before: Record<string, string>; after: Record<string, string> };
}

/** Languages whose lexicon writes its affixes as data (`stemming:`, lightStem.ts). */
const LIGHT: Record<string, () => Stemmer> = Object.fromEntries(
  lexicons.flatMap((l) => (l.stemming ? [[l.lang, () => new LightStemmer(l.stemming!)]] : [])),
);

const FACTORIES: Record<string, () => Stemmer> = {
  ...LIGHT,
  bn: () => new StemmerBn(),
  cs: () => new StemmerCs(),
  da: () => new StemmerDa(),
  de: () => new StemmerDe(),
  el: () => new StemmerEl(),
  es: () => new StemmerEs(),
  fi: () => new StemmerFi(),
  fr: () => new StemmerFr(),
  hu: () => new StemmerHu(),
  id: () => new StemmerId(),
  it: () => new StemmerIt(),
  ms: () => new StemmerId(),
  nb: () => new StemmerNo(),
  nl: () => new StemmerNl(),
  pl: () => new StemmerPl(),
  pt: () => new StemmerPt(),
  ro: () => new StemmerRo(),
  ru: () => new StemmerRu(),
  sr: () => new StemmerSr(),
  sv: () => new StemmerSv(),
  tl: () => new StemmerTl(),
  tr: () => new StemmerTr(),
  uk: () => new StemmerUk(),
};

/** Languages with a stemmer, in a fixed order (a language's bit in a stem mask is its index here). */
export const STEM_LANGS: readonly string[] = Object.keys(FACTORIES);

/** Shorter words are left alone: their stems collide ("konu" → "ko"). */
const MIN_WORD = 4;
const MIN_STEM = 3;
/** Letters and the combining vowel signs and viramas of Indic scripts ("প্রশ্নের"). */
const LETTERS = /^[\p{L}\p{M}]+$/u;
const stemmers = new Map<string, Stemmer>();
/** Normalisation folds й into и; after a vowel it is й again ("любои" → "любой"), as the stemmer expects. */
const RU_SHORT_I = /([аеиоуыэюя])и/g;

/** The stem of a normalised word in `lang`, or undefined when the word is too short or not a word. */
export function stemOf(lang: string, word: string): string | undefined {
  if (word.length < MIN_WORD || !LETTERS.test(word)) return undefined;
  let s = stemmers.get(lang);
  if (!s) {
    const make = FACTORIES[lang];
    if (!make) return undefined;
    s = make();
    stemmers.set(lang, s);
  }
  const stem = stemUncached(s, lang === 'ru' ? word.replace(RU_SHORT_I, '$1й') : word);
  return stem.length >= MIN_STEM ? stem : undefined;
}

/** BaseStemmer.stemWord without its cache (the matcher caches per token, within a bound). */
function stemUncached(s: Stemmer, word: string): string {
  const dict = s.dictionary;
  if (dict && Object.hasOwn(dict.before, word)) return dict.before[word];
  s.setCurrent(word);
  s.innerStem();
  const stem = s.getCurrent();
  return dict && Object.hasOwn(dict.after, stem) ? dict.after[stem] : stem;
}

/**
 * Keys under which a lexicon word of `lang` is found by stem: its own stem, and the word itself when it is
 * already a stem-like form (a lemma written in the lexicon, "soru", matches "sorularına" whose stem is
 * "soru", even where the stemmer cuts the bare lemma further to "sor").
 */
export function entryStemKeys(lang: string, word: string): string[] {
  const key = stemKey(lang, word);
  const known = entryKeys.get(key);
  if (known) return [...known];
  const stem = stemOf(lang, word);
  let keys: string[] = [];
  if (stem !== undefined) {
    let heads = keyHeads.get(lang);
    if (!heads) keyHeads.set(lang, (heads = new Set()));
    heads.add(stem.slice(0, MIN_STEM));
    heads.add(word.slice(0, MIN_STEM));
    keys = stem === word ? [stemKey(lang, stem)] : [stemKey(lang, stem), stemKey(lang, word)];
  }
  entryKeys.set(key, keys);
  return [...keys];
}

/**
 * The keys of each lexicon word stemmed so far: the matcher's expansions repeat the same words in many steps
 * (a third of its build was stemming the same words again). Lexicon words only, so bounded by the lexicons.
 */
const entryKeys = new Map<string, string[]>();

/** Per language: the first letters of every entry stem, to skip stemming words that cannot match one. */
const keyHeads = new Map<string, Set<string>>();
/** Indonesian and Malay stemmers strip prefixes (me-, di-, ber-, memper-…): the stem starts further in. */
const PREFIX_REACH: Record<string, number> = {
  id: 6,
  ms: 6,
  // A stemming prefix of the lexicon data (Swahili "ninajibu" → "jibu") moves the stem as far in as the longest one.
  ...Object.fromEntries(
    lexicons.flatMap((l) =>
      l.stemming?.prefixes?.length ? [[l.lang, Math.max(...l.stemming.prefixes.map((p) => p.length))]] : [],
    ),
  ),
};

/** The stem of a prompt word in `lang`, when it may equal an entry's stem key; else undefined. */
export function tokenStem(lang: string, word: string): string | undefined {
  const heads = keyHeads.get(lang);
  if (!heads) return undefined;
  const reach = Math.min(PREFIX_REACH[lang] ?? 0, word.length - MIN_STEM);
  let head = false;
  for (let i = 0; i <= reach && !head; i++) head = heads.has(word.slice(i, i + MIN_STEM));
  return head ? stemOf(lang, word) : undefined;
}

export function stemKey(lang: string, stem: string): string {
  return `${lang}\u0001${stem}`;
}

/** Stems count in a prompt's main languages only (a mixed prompt has one or two). */
const MAX_STEM_LANGS = 2;

/** Bit mask of the stemmed languages among the first two of `langs` (most frequent first). */
export function stemMask(langs: readonly string[]): number {
  let mask = 0;
  for (const l of langs.slice(0, MAX_STEM_LANGS)) {
    const i = STEM_LANGS.indexOf(l);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}
