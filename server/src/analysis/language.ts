/**
 * Language detection: function-word hits, then script counts for scripts a lexicon owns (Han, kana, Hangul, Thai,
 * Arabic, Devanagari, Hebrew, Bengali, Tamil, Telugu, Gurmukhi, Gujarati, Malayalam, Kannada, Ethiopic). A script shared by
 * several languages (Devanagari: Hindi, Marathi, Nepali) is owned by one; the others are recognised by function
 * words written in it, and take its script votes where those words are frequent enough (sharedScript).
 */

import { lexicons } from './lexicon';
import { normalizeEntry } from './normalize';
import type { Token } from './tokenize';

const HINT_WEIGHT = 2.5;
const MIN_SHARE = 0.15;
const MIN_SCORE = 3;

const SCRIPTS: Record<string, RegExp> = {
  Han: /\p{Script=Han}/u,
  Kana: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Hangul: /\p{Script=Hangul}/u,
  Thai: /\p{Script=Thai}/u,
  Arabic: /\p{Script=Arabic}/u,
  Devanagari: /\p{Script=Devanagari}/u,
  Hebrew: /\p{Script=Hebrew}/u,
  Bengali: /\p{Script=Bengali}/u,
  Tamil: /\p{Script=Tamil}/u,
  Telugu: /\p{Script=Telugu}/u,
  Gurmukhi: /\p{Script=Gurmukhi}/u,
  Gujarati: /\p{Script=Gujarati}/u,
  Malayalam: /\p{Script=Malayalam}/u,
  Kannada: /\p{Script=Kannada}/u,
  Ethiopic: /\p{Script=Ethiopic}/u,
};

const hints = new Map<string, string[]>();
for (const l of lexicons) {
  for (const h of l.hints) {
    const k = normalizeEntry(h);
    hints.set(k, [...(hints.get(k) ?? []), l.lang]);
  }
}
const byScript = new Map(lexicons.filter((l) => l.script).map((l) => [l.script as string, l.lang]));

/**
 * Languages without a `script:` whose function words are all written in a script another lexicon owns
 * (Marathi and Nepali in Devanagari, owned by Hindi), by owner.
 */
const sharers = new Map<string, string[]>();
for (const l of lexicons) {
  if (l.script || !l.hints.length) continue;
  for (const [script, re] of Object.entries(SCRIPTS)) {
    const owner = byScript.get(script);
    if (!owner || !l.hints.every((h) => re.test(h))) continue;
    sharers.set(owner, [...(sharers.get(owner) ?? []), l.lang]);
  }
}
/** A sharer takes the script votes when its function words are at least this share of the script's words... */
const SHARER_SHARE = 0.06;
/** ...and at least this many. */
const SHARER_MIN = 2;

const hintTokens = (byShare: readonly number[] | undefined): number =>
  (byShare ?? []).reduce((a, c) => a + (c ?? 0), 0);

/**
 * Moves the votes of a shared script (counted for its owner) to the sharer whose function words are frequent
 * enough in the text and outnumber the owner's: a Marathi text in Devanagari is Marathi, not Hindi; a Hindi text
 * with a stray Marathi word stays Hindi.
 */
function sharedScript(hintCount: Map<string, number[]>, scriptCount: Map<string, number>): void {
  for (const [owner, langs] of sharers) {
    const votes = scriptCount.get(owner);
    if (!votes) continue;
    let best: string | undefined;
    let most = hintTokens(hintCount.get(owner));
    for (const l of langs) {
      const h = hintTokens(hintCount.get(l));
      if (h > most) [best, most] = [l, h];
    }
    if (!best || most < SHARER_MIN || most < SHARER_SHARE * (votes + most)) continue;
    scriptCount.delete(owner);
    scriptCount.set(best, (scriptCount.get(best) ?? 0) + votes);
  }
}

/**
 * Letter rules (`letters:` in a lexicon): a language that shares its script and most of its function words with a
 * neighbour (Bulgarian with Russian: и, в, на, с, не) is told apart by letters. Marks count inside a word only
 * (a mark followed by a letter: Bulgarian "въпрос", "към"; not Russian's rare final ъ).
 */
const LETTER_RULES = lexicons
  .filter((l) => l.letters)
  .map((l) => ({
    lang: l.lang,
    marks: new RegExp(`[${l.letters!.marks}]\\p{L}`, 'u'),
    never: new RegExp(`[${l.letters!.never}]`, 'u'),
    takesFrom: l.letters!.takesFrom,
  }));
/** Words holding a mark needed for a letter rule to move votes. */
const MIN_MARKED = 2;

/** Per letter rule: words with a mark and words with a `never` letter. */
function letterCounts(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = LETTER_RULES.map(() => [0, 0]);
  for (const t of tokens) {
    if (t.text.charCodeAt(0) < 0x80) continue;
    LETTER_RULES.forEach((r, i) => {
      if (r.marks.test(t.text)) out[i][0]++;
      if (r.never.test(t.text)) out[i][1]++;
    });
  }
  return out;
}

/** Moves the hint votes of a neighbour to the language whose letters the text has (see LETTER_RULES). */
function letterRules(hintCount: Map<string, number[]>, letters: readonly [number, number][]): void {
  LETTER_RULES.forEach((r, i) => {
    const [marked, never] = letters[i] ?? [0, 0];
    if (marked < MIN_MARKED || never > 0 || !hintCount.has(r.lang)) return;
    const mine = hintCount.get(r.lang)!;
    for (const from of r.takesFrom) {
      const theirs = hintCount.get(from);
      if (!theirs) continue;
      theirs.forEach((c, k) => (mine[k] = (mine[k] ?? 0) + (c ?? 0)));
      hintCount.delete(from);
    }
  });
}

const arabicLang = byScript.get('Arabic');
/**
 * Letters of the Arabic script that Arabic itself does not use (Persian and Urdu پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے ہ;
 * ک and ی are folded into Arabic ك ي by normalisation). A text with several is not Arabic: Urdu is
 * recognised by its function words; Persian, which has no lexicon, is left unsupported rather than
 * read with the Arabic lexicon.
 */
const NOT_ARABIC = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2\u06C1]/;
const NOT_ARABIC_SHARE = 0.03;

/** Counts for persianLettered: Arabic-script words, and those with letters Arabic has not. */
function arabicLetters(tokens: readonly Token[]): { arabic: number; other: number } {
  let arabic = 0;
  let other = 0;
  for (const t of tokens) {
    if (scriptLang(t.text[0]) !== arabicLang || arabicLang === undefined) continue;
    arabic++;
    if (NOT_ARABIC.test(t.text)) other++;
  }
  return { arabic, other };
}

const scriptCache = new Map<string, string | null>();

/** Language of a token's script (Han → zh...), or null for scripts identified by hints. */
function scriptLang(ch: string): string | null {
  let hit = scriptCache.get(ch);
  if (hit !== undefined) return hit;
  hit = null;
  for (const [script, re] of Object.entries(SCRIPTS)) if (re.test(ch)) hit = byScript.get(script) ?? null;
  scriptCache.set(ch, hit);
  return hit;
}

export interface TokenLanguages {
  /** Languages detected, most frequent first. */
  languages: string[];
  /** Tokens a lexicon knows (see knownToken). */
  known: number;
}

/** One pass per token array: analyses ask for the languages and the known-token count separately. */
const statsCache = new WeakMap<readonly Token[], TokenLanguages>();

/** Hint languages of a token text, or undefined. */
export function hintsOf(text: string): readonly string[] | undefined {
  return hints.get(text);
}

/**
 * What one stretch of text adds to the language vote. Tallies of consecutive stretches (prompt
 * sections) add up to the tally of the whole text: the vote needs no second pass over its tokens.
 */
export interface LanguageTally {
  /** Per language: hint-token weight counts by the number of languages sharing the hint (index = that number). */
  hints: Map<string, number[]>;
  /** Per language: tokens of a script a lexicon owns, outside Arabic. */
  script: Map<string, number>;
  /** Tokens of the Arabic script without a hint (they count unless the text is Persian-lettered). */
  arabicScript: number;
  /** Known tokens (hints and owned scripts), Arabic script without hints left out. */
  known: number;
  arabic: number;
  other: number;
  /** Per letter rule (LETTER_RULES): words with its marks, words with its `never` letters. */
  letters: [number, number][];
  /** Languages in the order of their first vote (ties in the vote keep this order); Arabic-script votes as `arabicLang`. */
  order: string[];
}

/**
 * `hintsAt(i)` may supply token i's hint languages (as hintsOf would) from a per-token index
 * computed elsewhere, sparing a string lookup per token.
 */
export function languageTally(
  tokens: readonly Token[],
  hintsAt: (i: number) => readonly string[] | undefined = (i) => hints.get(tokens[i].text),
): LanguageTally {
  const tally = emptyTally();
  const seen = new Set<string>();
  const first = (l: string): void => {
    if (seen.has(l)) return;
    tally.order.push(l);
    seen.add(l);
  };
  const hint = (langs: readonly string[]): void => {
    tally.known++;
    for (const l of langs) {
      first(l);
      let byShare = tally.hints.get(l);
      if (!byShare) tally.hints.set(l, (byShare = []));
      byShare[langs.length] = (byShare[langs.length] ?? 0) + 1;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    // Function words first: Urdu and Persian share the Arabic script, but not its function words.
    const langs = hintsAt(i);
    if (langs) hint(langs);
    else if (text.charCodeAt(0) >= 0x80) {
      const lang = scriptLang(text[0]);
      if (lang) first(lang);
      if (lang === arabicLang && lang !== null) tally.arabicScript++;
      else if (lang) {
        tally.known++;
        tally.script.set(lang, (tally.script.get(lang) ?? 0) + 1);
      }
    }
  }
  Object.assign(tally, arabicLetters(tokens));
  if (LETTER_RULES.length) tally.letters = letterCounts(tokens);
  return tally;
}

function emptyTally(): LanguageTally {
  return {
    hints: new Map(),
    script: new Map(),
    arabicScript: 0,
    known: 0,
    arabic: 0,
    other: 0,
    letters: [],
    order: [],
  };
}

/**
 * The tally of consecutive stretches as one (what `languageTally` gives on their tokens joined): counts add up, and
 * `order` keeps each language's first vote, so the vote of sums equals the vote of the parts exactly.
 */
export function sumTallies(tallies: readonly LanguageTally[]): LanguageTally {
  const sum = emptyTally();
  const seen = new Set<string>();
  for (const t of tallies) {
    sum.known += t.known;
    sum.arabicScript += t.arabicScript;
    sum.arabic += t.arabic;
    sum.other += t.other;
    for (const [l, byShare] of t.hints) {
      let into = sum.hints.get(l);
      if (!into) sum.hints.set(l, (into = []));
      byShare.forEach((c, k) => (into![k] = (into![k] ?? 0) + c));
    }
    for (const [l, c] of t.script) sum.script.set(l, (sum.script.get(l) ?? 0) + c);
    t.letters.forEach(([marked, never], i) => {
      const into = (sum.letters[i] ??= [0, 0]);
      into[0] += marked;
      into[1] += never;
    });
    for (const l of t.order) {
      if (seen.has(l)) continue;
      seen.add(l);
      sum.order.push(l);
    }
  }
  return sum;
}

/** The language vote of consecutive stretches (their tallies), as tokenLanguages of the whole text. */
export function languagesOf(tallies: readonly LanguageTally[]): TokenLanguages {
  // A fresh sum: the vote below changes its maps, and the tallies passed in are kept by the section cache.
  const sum = sumTallies(tallies);
  const { hints: hintCount, script: scriptCount, arabicScript, arabic, other } = sum;
  let known = sum.known;
  const notArabic = other >= 2 && other >= arabic * NOT_ARABIC_SHARE;
  if (arabicLang !== undefined && !notArabic && arabicScript > 0) {
    known += arabicScript;
    scriptCount.set(arabicLang, (scriptCount.get(arabicLang) ?? 0) + arabicScript);
  }
  sharedScript(hintCount, scriptCount);
  letterRules(hintCount, sum.letters);
  const hanLang = byScript.get('Han');
  const score = new Map<string, number>();
  for (const l of sum.order) if (hintCount.has(l) || scriptCount.has(l)) score.set(l, 0);
  for (const [l, byShare] of hintCount) {
    let v = 0;
    byShare.forEach((c, k) => (v += (c * HINT_WEIGHT) / k));
    score.set(l, v);
  }
  for (const [l, c] of scriptCount) score.set(l, (score.get(l) ?? 0) + c * (l === hanLang ? 0.6 : 1));
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  return { languages: ranked.filter(([, v]) => v >= MIN_SCORE && v >= top * MIN_SHARE).map(([l]) => l), known };
}

/** Records the vote of a token array computed elsewhere (from section tallies), for later tokenLanguages calls. */
export function rememberLanguages(tokens: readonly Token[], res: TokenLanguages): void {
  statsCache.set(tokens, res);
}

export function tokenLanguages(
  tokens: readonly Token[],
  hintsAt?: (i: number) => readonly string[] | undefined,
): TokenLanguages {
  const hit = statsCache.get(tokens);
  if (hit) return hit;
  const res = languagesOf([languageTally(tokens, hintsAt)]);
  statsCache.set(tokens, res);
  return res;
}

export function detectFromTokens(tokens: readonly Token[]): string[] {
  return tokenLanguages(tokens).languages;
}

/** Languages whose function words include the token. */
export function hintLanguages(text: string): readonly string[] {
  return hints.get(text) ?? [];
}

/** True when a lexicon knows the token: a hint word, or a character of a script owned by a lexicon. */
export function knownToken(text: string): boolean {
  const first = text[0];
  if (first >= '\u0080' && scriptLang(first)) return true;
  return hints.has(text);
}
