import type { FormatAdapter } from '../types';
import { looksLikeFlowise, parseFlowise } from './parse';

export const flowise: FormatAdapter = {
  kind: 'flowise',
  title: 'Flowise chatflow or agentflow',
  activation: ['**/*chatflow*.json', '**/*agentflow*.json', '**/*Chatflow*.json', '**/*Agents*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeFlowise(f.head()),
  parse: parseFlowise,
};
