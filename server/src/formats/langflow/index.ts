import type { FormatAdapter } from '../types';
import { looksLikeLangflow, parseLangflow } from './parse';

export const langflow: FormatAdapter = {
  kind: 'langflow',
  title: 'Langflow flow',
  activation: ['**/*langflow*.json', '**/flows/*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeLangflow(f.head()),
  parse: parseLangflow,
};
