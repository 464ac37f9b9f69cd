/** Language detection: function-word hits, then script counts for scripts a lexicon owns (Han, kana, Hangul, Thai, Arabic, Devanagari, Hebrew, Bengali, Tamil). */

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
};

const hints = new Map<string, string[]>();
for (const l of lexicons) {
  for (const h of l.hints) {
    const k = normalizeEntry(h);
    hints.set(k, [...(hints.get(k) ?? []), l.lang]);
  }
}
const byScript = new Map(lexicons.filter((l) => l.script).map((l) => [l.script as string, l.lang]));

const arabicLang = byScript.get('Arabic');
/**
 * Letters of the Arabic script that Arabic itself does not use (Persian and Urdu پ چ ژ گ, Urdu ٹ ڈ ڑ ں ے ہ;
 * ک and ی are folded into Arabic ك ي by normalisation). A text with several is not Arabic: Urdu is
 * recognised by its function words; Persian, which has no lexicon, is left unsupported rather than
 * read with the Arabic lexicon.
 */
const NOT_ARABIC = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2\u06C1]/;
const NOT_ARABIC_SHARE = 0.03;

/** Several Arabic-script words use letters Arabic has not: the text is not Arabic. */
function persianLettered(tokens: readonly Token[]): boolean {
  let arabic = 0;
  let other = 0;
  for (const t of tokens) {
    if (scriptLang(t.text[0]) !== arabicLang || arabicLang === undefined) continue;
    arabic++;
    if (NOT_ARABIC.test(t.text)) other++;
  }
  return other >= 2 && other >= arabic * NOT_ARABIC_SHARE;
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
 * `hintsAt(i)` may supply token i's hint languages (as hintsOf would) from a per-token index
 * computed elsewhere, sparing a string lookup per token.
 */
export function tokenLanguages(
  tokens: readonly Token[],
  hintsAt: (i: number) => readonly string[] | undefined = (i) => hints.get(tokens[i].text),
): TokenLanguages {
  const hit = statsCache.get(tokens);
  if (hit) return hit;
  const score = new Map<string, number>();
  const add = (lang: string, v: number): void => void score.set(lang, (score.get(lang) ?? 0) + v);
  const hanLang = byScript.get('Han');
  let known = 0;
  const notArabic = persianLettered(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    if (text.charCodeAt(0) < 0x80) {
      const langs = hintsAt(i);
      if (langs) {
        known++;
        for (const l of langs) add(l, HINT_WEIGHT / langs.length);
      }
      continue;
    }
    // Function words first: Urdu and Persian share the Arabic script, but not its function words.
    const langs = hintsAt(i);
    const lang = langs ? null : scriptLang(text[0]);
    if (langs) {
      known++;
      for (const l of langs) add(l, HINT_WEIGHT / langs.length);
    } else if (lang && !(lang === arabicLang && notArabic)) {
      known++;
      add(lang, lang === hanLang ? 0.6 : 1);
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  const res = { languages: ranked.filter(([, v]) => v >= MIN_SCORE && v >= top * MIN_SHARE).map(([l]) => l), known };
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
