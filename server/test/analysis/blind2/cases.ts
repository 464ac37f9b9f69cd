import type { BlindCase } from './types';
import { EN } from './cases.en';
import { ES } from './cases.es';
import { PT } from './cases.pt';
import { ID } from './cases.id';
import { ZH } from './cases.zh';
import { TW } from './cases.tw';
import { AR } from './cases.ar';
import { DE } from './cases.de';
import { HI } from './cases.hi';
import { HN } from './cases.hn';
import { FR } from './cases.fr';
import { IT } from './cases.it';
import { TR } from './cases.tr';
import { RU } from './cases.ru';
import { MX } from './cases.mx';

export type { BlindCase };

/** Second blind set: 150 prompts written without reading the analyzer or the other test sets. */
export const CASES: BlindCase[] = [
  ...EN,
  ...ES,
  ...PT,
  ...ID,
  ...ZH,
  ...TW,
  ...AR,
  ...DE,
  ...HI,
  ...HN,
  ...FR,
  ...IT,
  ...TR,
  ...RU,
  ...MX,
];
