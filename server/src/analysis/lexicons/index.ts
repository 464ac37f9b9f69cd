/** Every language lexicon. Adding a language = adding its data file here. */
import type { LexiconData } from '../lexicon';
import { en } from './en';

export const LEXICONS: LexiconData[] = [en];
