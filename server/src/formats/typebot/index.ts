import type { FormatAdapter } from '../types';
import { testDataReason } from '../shared/testData';
import { looksLikeTypebot, parseTypebot } from './parse';

export const typebot: FormatAdapter = {
  kind: 'typebot',
  title: 'Typebot',
  activation: ['**/*typebot*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeTypebot(f.head()) && (testDataReason(f) ?? true),
  parse: parseTypebot,
};
