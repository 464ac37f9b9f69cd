import type { FormatAdapter } from '../types';
import { looksLikeTypebot, parseTypebot } from './parse';

export const typebot: FormatAdapter = {
  kind: 'typebot',
  title: 'Typebot',
  activation: ['**/*typebot*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeTypebot(f.head()),
  testData: true,
  parse: parseTypebot,
};
