import type { FormatAdapter } from '../types';
import { looksLikeFlowise, parseFlowise } from './parse';

export const flowise: FormatAdapter = {
  kind: 'flowise',
  title: 'Flowise chatflow or agentflow',
  activation: ['**/*chatflow*.json', '**/*agentflow*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeFlowise(f.head()),
  testData: true,
  parse: parseFlowise,
};
