import type { FormatAdapter } from '../types';
import { testDataReason } from '../shared/testData';
import { looksLikeFlowise, parseFlowise } from './parse';

export const flowise: FormatAdapter = {
  kind: 'flowise',
  title: 'Flowise chatflow or agentflow',
  activation: ['**/*chatflow*.json', '**/*agentflow*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeFlowise(f.head()) && (testDataReason(f) ?? true),
  parse: parseFlowise,
};
