import type { FormatAdapter } from '../types';
import { n8nHandoffFix } from './handoffFix';
import { looksLikeN8n, parseN8n } from './parse';

export const n8n: FormatAdapter = {
  kind: 'n8n',
  title: 'n8n workflow',
  activation: ['**/n8n/**/*.json', '**/workflows/*.json', '**/*.n8n.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeN8n(f.head()),
  parse: parseN8n,
  // The fix edits one workflow object; the CLI's array of workflows gets none.
  fixes: { addHumanPath: (model, ctx, reached, instruction) => (/^\s*\{/.test(ctx.textOf(model.uri)) ? n8nHandoffFix(ctx, model, reached, instruction) : undefined) },
};
