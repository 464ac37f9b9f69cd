/** Every language lexicon. Adding a language = writing its data file and listing it here. */
import type { LexiconData } from '../lexicon';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { id } from './id';
import { it } from './it';
import { ms } from './ms';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { vi } from './vi';
import { zh } from './zh';

export const LEXICONS: LexiconData[] = [en, es, pt, id, zh, ar, de, hi, fr, it, tr, ru, ms, vi];
