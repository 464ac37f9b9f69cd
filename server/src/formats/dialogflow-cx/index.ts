import type { FormatAdapter } from '../types';
import { dialogflowGenerativeFallbackFixes, dialogflowHandoffFix } from './fixes';
import { DIALOGFLOW_CX_PATH, dialogflowCxFiles, dialogflowCxRoot, parseDialogflowCx } from './parse';

export const dialogflowCx: FormatAdapter = {
  kind: 'dialogflow-cx',
  title: 'Dialogflow CX export',
  activation: ['**/agent.json'],
  detect: (f) => {
    if (!/\.json$/i.test(f.base) || !DIALOGFLOW_CX_PATH.test(f.absPath)) return false;
    if (dialogflowCxRoot(f.uri, f.host) !== undefined) return true;
    return f.base === 'agent.json' ? 'an agent.json without `defaultLanguageCode` or `startFlow`/`startPlaybook` is not a Dialogflow CX agent' : false;
  },
  project: { root: dialogflowCxRoot, files: dialogflowCxFiles, parse: parseDialogflowCx },
  fixes: {
    closeOpenNode: (node, _model, ctx) => dialogflowGenerativeFallbackFixes(ctx, node),
    addHumanPath: (model, ctx) => dialogflowHandoffFix(ctx, model),
  },
};
