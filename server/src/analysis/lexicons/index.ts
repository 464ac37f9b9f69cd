/**
 * Every language lexicon: the YAML files of this folder, turned into JSON at build time (esbuild.js)
 * and checked against the schema here. Adding a language = adding `<lang>.yaml`.
 */
import files from 'wa-policy:lexicons';
import { type LexiconData, toLexicon } from './schema';

export type { Category, FixTexts, LexiconData, LexiconEntry } from './schema';
export { CATEGORIES } from './schema';

/** Core languages first, in this order (ties in language detection go to the earlier one), then the rest by code. */
const RANK = ['en', 'es', 'pt', 'id', 'zh', 'ar', 'de', 'hi', 'fr', 'it', 'tr', 'ru', 'ms', 'vi'];
const rank = (lang: string): number => (RANK.includes(lang) ? RANK.indexOf(lang) : RANK.length);

export const LEXICONS: LexiconData[] = Object.entries(files)
  .map(([file, raw]) => toLexicon(file, raw))
  .sort((a, b) => rank(a.lang) - rank(b.lang) || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
