import type { BotModel } from '../../model/types';
import type { DetectFile, FormatAdapter } from '../types';
import { ARCHIVE, readArchived } from './archive';
import { archiveFiles, parseArchive } from './archiveProject';
import { dialogflowGenerativeFallbackFixes, dialogflowHandoffFix } from './fixes';
import { DIALOGFLOW_CX_PATH, dialogflowCxFiles, dialogflowCxRoot, parseDialogflowCx } from './parse';

/** A zipped JSON-package export: its file names are stored in clear, so `agent.json` and `flows/` show in the bytes. */
function zippedExport(f: DetectFile): boolean {
  if (!ARCHIVE.test(f.base) || !f.head().startsWith('PK')) return false;
  const text = f.text();
  return /agent\.json/.test(text) && /(flows|playbooks)\//.test(text);
}

/**
 * Agent exports as they are downloaded: a `.zip` of the JSON package (read in memory when the host can give
 * its bytes) or a `.blob` (raw protobuf: claimed, and its model says it cannot be read and how to export JSON).
 */
function archivedExport(f: DetectFile): string | true | undefined {
  if (
    /\.blob$/i.test(f.base) &&
    /^\n/.test(f.head()) &&
    /dialogflow|agent|cx/i.test(f.relPath + f.head().slice(0, 2000))
  )
    // Claimed, so that the export gets a finding that says it cannot be read (parseArchive), never silence.
    return true;
  if (zippedExport(f))
    return f.host.readBytes
      ? true
      : 'a zipped Dialogflow CX export is not read here: unzip it, the folder with agent.json is read';
  return undefined;
}

const isArchive = (model: BotModel) => ARCHIVE.test(model.uri);

export const dialogflowCx: FormatAdapter = {
  kind: 'dialogflow-cx',
  title: 'Dialogflow CX export',
  activation: ['**/agent.json'],
  detect: (f) => {
    const archive = archivedExport(f);
    if (archive !== undefined) return archive;
    if (!/\.json$/i.test(f.base) || !DIALOGFLOW_CX_PATH.test(f.absPath)) return false;
    if (dialogflowCxRoot(f.uri, f.host) !== undefined) return true;
    return f.base === 'agent.json'
      ? 'an agent.json without `defaultLanguageCode` or `startFlow`/`startPlaybook` is not a Dialogflow CX agent'
      : false;
  },
  archive: ARCHIVE,
  project: {
    root: (uri, host) => (ARCHIVE.test(uri) ? uri : dialogflowCxRoot(uri, host)),
    files: (root, host) => (ARCHIVE.test(root) ? archiveFiles(root, host) : dialogflowCxFiles(root, host)),
    read: readArchived,
    parse: (root, files) => (ARCHIVE.test(root) ? parseArchive(root, files) : parseDialogflowCx(root, files)),
  },
  // No edits inside a zipped export: its places are all the start of the archive.
  fixes: {
    closeOpenNode: (node, model, ctx) => (isArchive(model) ? [] : dialogflowGenerativeFallbackFixes(ctx, node)),
    addHumanPath: (model, ctx) => (isArchive(model) ? undefined : dialogflowHandoffFix(ctx, model)),
  },
};
