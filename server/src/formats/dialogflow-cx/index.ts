import type { DetectFile, FormatAdapter } from '../types';
import { dialogflowGenerativeFallbackFixes, dialogflowHandoffFix } from './fixes';
import { DIALOGFLOW_CX_PATH, dialogflowCxFiles, dialogflowCxRoot, parseDialogflowCx } from './parse';

/**
 * Agent exports as they are downloaded: a `.zip` of the JSON package (its file names are stored in
 * clear, so `agent.json` and `flows/` show in the bytes) or a `.blob` (raw protobuf). Neither is
 * unpacked here: say how to make it readable.
 */
function archivedExport(f: DetectFile): string | undefined {
  if (
    /\.blob$/i.test(f.base) &&
    /^\n/.test(f.head()) &&
    /dialogflow|agent|cx/i.test(f.relPath + f.head().slice(0, 2000))
  )
    return 'a Dialogflow CX agent exported as BLOB (raw protobuf) is not read: export it as a JSON package (`gcloud ... export --data-format=JSON_PACKAGE`) and unzip it';
  if (/\.zip$/i.test(f.base) && f.head().startsWith('PK') && /agent\.json/.test(f.head()) && /flows\//.test(f.head()))
    return 'a zipped Dialogflow CX export is not read: unzip it, the folder with agent.json is read';
  return undefined;
}

export const dialogflowCx: FormatAdapter = {
  kind: 'dialogflow-cx',
  title: 'Dialogflow CX export',
  activation: ['**/agent.json'],
  detect: (f) => {
    const archive = archivedExport(f);
    if (archive) return archive;
    if (!/\.json$/i.test(f.base) || !DIALOGFLOW_CX_PATH.test(f.absPath)) return false;
    if (dialogflowCxRoot(f.uri, f.host) !== undefined) return true;
    return f.base === 'agent.json'
      ? 'an agent.json without `defaultLanguageCode` or `startFlow`/`startPlaybook` is not a Dialogflow CX agent'
      : false;
  },
  project: { root: dialogflowCxRoot, files: dialogflowCxFiles, parse: parseDialogflowCx },
  fixes: {
    closeOpenNode: (node, _model, ctx) => dialogflowGenerativeFallbackFixes(ctx, node),
    addHumanPath: (model, ctx) => dialogflowHandoffFix(ctx, model),
  },
};
