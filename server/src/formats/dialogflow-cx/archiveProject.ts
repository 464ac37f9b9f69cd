import type { Host } from '../../model/host';
import { emptyModel, type BotModel } from '../../model/types';
import type { ProjectFile } from '../types';
import { agentFolder, archiveProblems, entryUri, pinToArchive, splitArchiveUri, unpack } from './archive';
import { LAYOUT } from './layout';
import { parseDialogflowCx } from './parse';

/** The export's files inside a zipped export (as `<zip>!/…` URIs), the archive itself first. */
export function archiveFiles(zipUri: string, host: Host): string[] {
  const unpacked = unpack(zipUri, host);
  if (!unpacked) return [zipUri];
  const top = agentFolder(unpacked.entries.keys());
  if (top === undefined) return [zipUri];
  const prefix = top ? `${top}/` : '';
  const inside = [...unpacked.entries.keys()].filter(
    (e) => e.startsWith(prefix) && LAYOUT.test(e.slice(prefix.length)),
  );
  return [zipUri, ...inside.map((e) => entryUri(zipUri, e))];
}

/** The model of a zipped export: the export inside it, every place pinned to the archive. */
export function parseArchive(zipUri: string, files: ProjectFile[]): BotModel {
  const inner = files.filter((f) => splitArchiveUri(f.uri));
  const top = agentFolder(inner.map((f) => splitArchiveUri(f.uri)!.entry));
  const problems = archiveProblems(zipUri);
  if (top === undefined && isProtobuf(zipUri, files)) return protobufModel(zipUri);
  if (top === undefined) {
    const model = emptyModel('dialogflow-cx', zipUri);
    model.notes.push({
      kind: 'incomplete',
      ref: { uri: zipUri, span: { start: 0, end: 2 } },
      detail: `a zipped Dialogflow CX export without a readable agent.json${problems.length ? ` (${problems.join('; ')})` : ''}, so its conversation is not judged`,
    });
    return model;
  }
  const root = top ? entryUri(zipUri, top) : `${zipUri}!`;
  const model = pinToArchive(parseDialogflowCx(root, inner), zipUri);
  for (const p of problems)
    model.notes.push({
      kind: 'incomplete',
      ref: { uri: zipUri, span: { start: 0, end: 2 } },
      detail: `in the archive, ${p}`,
    });
  return model;
}

/** A `.blob` download that is not a zip: the BLOB export format, raw protobuf (its first byte is 0x0a, not `PK`). */
function isProtobuf(uri: string, files: ProjectFile[]): boolean {
  const own = files.find((f) => f.uri === uri);
  return /\.blob$/i.test(uri) && !!own && !own.text.startsWith('PK');
}

function protobufModel(uri: string): BotModel {
  const model = emptyModel('dialogflow-cx', uri);
  model.issues.push({
    message:
      "This Dialogflow CX agent was exported as a BLOB (raw protobuf), which cannot be read: its flows, playbooks and prompts are not checked. Export the agent as a JSON package instead (the console's Export agent with the 'JSON package' format, or the agents.export API with dataFormat JSON_PACKAGE) and lint the .zip or its unzipped folder.",
    ref: { uri, span: { start: 0, end: 1 } },
    severity: 'warning',
  });
  return model;
}
