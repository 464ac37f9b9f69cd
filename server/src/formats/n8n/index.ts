import type { FormatAdapter } from '../types';
import { parseN8nProject } from './graft';
import { n8nHandoffFix } from './handoffFix';
import { looksLikeN8n, parseN8n } from './parse';
import { n8nProjectFiles } from './subworkflows';

export const n8n: FormatAdapter = {
  kind: 'n8n',
  title: 'n8n workflow',
  activation: ['**/n8n/**/*.json', '**/workflows/*.json', '**/*.n8n.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeN8n(f.head()),
  testData: true,
  parse: parseN8n,
  // One workflow file plus the workflows its Execute Workflow / Call Workflow nodes run.
  project: { root: (uri) => uri, files: n8nProjectFiles, parse: parseN8nProject },
  // The fix edits one workflow object; the CLI's array of workflows gets none.
  fixes: {
    addHumanPath: (model, ctx, reached, instruction) =>
      /^\s*\{/.test(ctx.textOf(model.uri)) ? n8nHandoffFix(ctx, model, reached, instruction) : undefined,
  },
};
