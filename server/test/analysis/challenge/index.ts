/** The hand-written challenge set (not derived from the dev corpus). */
import type { ChallengeCase } from './types';
import { EN } from './en';
import { DE, ES, FR, ID, PT } from './latin';
import { AR, HI, ZH } from './asia';
import { IT, MIXED, MS, RU, TR, UNKNOWN, VI } from './more';
import { UNSEEN } from './unseen';

export type { ChallengeCase } from './types';
export const CHALLENGE: ChallengeCase[] = [
  ...EN,
  ...ES,
  ...PT,
  ...FR,
  ...DE,
  ...ID,
  ...ZH,
  ...AR,
  ...HI,
  ...IT,
  ...TR,
  ...RU,
  ...MS,
  ...VI,
  ...UNKNOWN,
  ...MIXED,
  ...UNSEEN,
];
