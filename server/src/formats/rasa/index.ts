import { HASH_COMMENT, type FormatAdapter } from '../types';
import { rasaHandoffFix } from './handoffFix';
import { rasaOpenFixes } from './openFixes';
import { looksLikeRasaYaml } from './parse';
import { rasaProject } from './project';

export const rasa: FormatAdapter = {
  kind: 'rasa',
  title: 'Rasa project',
  activation: [
    '**/data/flows.yml',
    '**/data/flows/**/*.yml',
    '**/domain.yml',
    '**/domain/*.yml',
    '**/endpoints.yml',
    '**/config/config.yml',
  ],
  detect: (f) => {
    if (!/\.ya?ml$/i.test(f.base)) return false;
    // A data file without config or domain is read too: its model says what is missing (input/incomplete).
    if (rasaProject.root(f.uri, f.host) !== undefined) return true;
    if (/^(domain|config|endpoints)\.ya?ml$/i.test(f.base) && looksLikeRasaYaml(f.head()))
      return 'a Rasa file outside a project root';
    return false;
  },
  project: rasaProject,
  // YAML and Python take `#`; a Jinja prompt template takes `{# … #}`.
  commentStyle: (uri) => (/\.(jinja2?|j2)$/i.test(uri) ? { open: '{# ', close: ' #}' } : HASH_COMMENT),
  yamlScalars: true,
  fixes: {
    closeOpenNode: (node, _model, ctx) => rasaOpenFixes(ctx, node),
    addHumanPath: (model, ctx) => rasaHandoffFix(ctx, model),
  },
};
