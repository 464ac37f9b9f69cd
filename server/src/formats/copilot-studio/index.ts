import { HASH_COMMENT, type FormatAdapter } from '../types';
import { copilotHandoffFix, copilotOpenFixes } from './fixes';
import { copilotFiles, copilotRoot, isCopilotConfigurationJson, isCopilotDataFile, looksLikeCopilotConfiguration, looksLikeCopilotData, parseCopilotProject } from './parse';

export const copilotStudio: FormatAdapter = {
  kind: 'copilot-studio',
  title: 'Copilot Studio agent',
  activation: ['**/*.mcs.yml', '**/botcomponents/*/data'],
  detect: (f) => {
    if (/\.mcs\.ya?ml$/i.test(f.base)) return true;
    // Solution export: botcomponents/<schema>.<type>.<name>/data is YAML without an extension.
    if (isCopilotDataFile(f.absPath)) return looksLikeCopilotData(f.text()) || 'a botcomponents/*/data file without a Copilot Studio `kind:` is not a topic';
    return isCopilotConfigurationJson(f.absPath) && looksLikeCopilotConfiguration(f.text());
  },
  project: { root: copilotRoot, files: copilotFiles, parse: parseCopilotProject },
  commentStyle: (uri) => (/\.json$/i.test(uri) ? undefined : HASH_COMMENT),
  yamlScalars: true,
  fixes: {
    closeOpenNode: (node, _model, ctx) => copilotOpenFixes(ctx, node),
    addHumanPath: (model, ctx) => copilotHandoffFix(ctx, model),
  },
};
