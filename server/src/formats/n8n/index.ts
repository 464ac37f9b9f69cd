import type { FormatAdapter } from '../types';
import { n8nHandoffFix } from './handoffFix';
import { looksLikeN8n, parseN8n } from './parse';

export const n8n: FormatAdapter = {
  kind: 'n8n',
  title: 'n8n workflow',
  activation: ['**/n8n/**/*.json', '**/workflows/*.json', '**/*.n8n.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeN8n(f.head()),
  parse: parseN8n,
  fixes: { addHumanPath: (model, ctx, reached, instruction) => n8nHandoffFix(ctx, model, reached, instruction) },
};
