/**
 * Every language lexicon: the YAML files of this folder, checked against the schema (schema.ts) and
 * turned into JSON at build time (esbuild.js). Adding a language = adding `<lang>.yaml`.
 */
import files from 'wa-policy:lexicons';
import type { LexiconData } from './types';

export type { Category, FixTexts, LexiconData, LexiconEntry } from './types';
export { CATEGORIES } from './types';

/** Core languages first, in this order (ties in language detection go to the earlier one), then the rest by code. */
const RANK = ['en', 'es', 'pt', 'id', 'zh', 'ar', 'de', 'hi', 'fr', 'it', 'tr', 'ru', 'ms', 'vi'];
const rank = (lang: string): number => (RANK.includes(lang) ? RANK.indexOf(lang) : RANK.length);

export const LEXICONS: LexiconData[] = (Object.values(files) as LexiconData[]).sort(
  (a, b) => rank(a.lang) - rank(b.lang) || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0),
);
