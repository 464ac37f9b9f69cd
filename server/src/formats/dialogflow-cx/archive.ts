/**
 * A Dialogflow CX agent exported as a `.zip` (the console's and `gcloud ... export`'s JSON package), read in
 * memory with fflate: never unpacked to disk, entries bounded in number and size. Its files get URIs inside
 * the archive (`<zip>!/flows/…`); the model's places are then pinned to the archive itself, the only file
 * a finding can be shown on.
 */
import { unzipSync } from 'fflate';
import { decodeText } from '../../input/decode';
import { DEFAULT_LIMITS } from '../../input/limits';
import type { Host } from '../../model/host';
import type { BotModel, SourceRef } from '../../model/types';
import { baseName, dirOf, join } from '../../model/uri';

/** A zipped export; a `.blob` download that is a zip (it starts with `PK`) is read the same way. */
export const ARCHIVE = /\.(zip|blob)$/i;
const MAX_ENTRIES = 5000;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_CACHED = 8;

export interface Unpacked {
  stamp: string;
  /** Entry path inside the archive → its text (JSON files of the export only). */
  entries: Map<string, string>;
  /** Why some entries (or the whole archive) were not read. */
  problems: string[];
}

const cache = new Map<string, Unpacked>();

/** A cheap fingerprint of the archive's bytes (FNV-1a and length): a changed archive is unpacked again. */
function stampOf(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return `${bytes.length}:${h >>> 0}`;
}

/** The JSON entries of a zipped export (macOS `__MACOSX/` copies skipped), within the entry and size limits. */
export function unpack(zipUri: string, host: Host): Unpacked | undefined {
  const bytes = host.readBytes?.(zipUri);
  if (!bytes) return undefined;
  const stamp = stampOf(bytes);
  const hit = cache.get(zipUri);
  if (hit?.stamp === stamp) return hit;
  const out: Unpacked = { stamp, entries: new Map(), problems: [] };
  let total = 0;
  let count = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.json$/i.test(f.name) || /(^|\/)__MACOSX\//.test(f.name)) return false;
        if (++count > MAX_ENTRIES) return false;
        if (f.originalSize > DEFAULT_LIMITS.maxFileBytes || total + f.originalSize > MAX_TOTAL_BYTES) {
          out.problems.push(`${f.name} (${f.originalSize} bytes unpacked) is over the size limit and was not read`);
          return false;
        }
        total += f.originalSize;
        return true;
      },
    });
    for (const [name, data] of Object.entries(files)) out.entries.set(name, decodeText(data).text);
    if (count > MAX_ENTRIES) out.problems.push(`only the first ${MAX_ENTRIES} JSON files of the archive were read`);
  } catch (e) {
    out.problems.push(`the archive could not be unpacked (${e instanceof Error ? e.message : String(e)})`);
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(zipUri, out);
  return out;
}

/** The archive a URI inside one belongs to (`<zip>!/path`), and the entry path. */
export function splitArchiveUri(uri: string): { zip: string; entry: string } | undefined {
  const i = uri.indexOf('!/');
  if (i < 0 || !ARCHIVE.test(uri.slice(0, i))) return undefined;
  return { zip: uri.slice(0, i), entry: decodeURIComponent(uri.slice(i + 2)) };
}

export function entryUri(zipUri: string, entry: string): string {
  return join(`${zipUri}!`, entry);
}

/** The folder inside the archive that holds `agent.json` (the top one; re-zipped exports add a folder). */
export function agentFolder(entries: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const e of entries)
    if (baseName(`/${e}`) === 'agent.json' && (best === undefined || e.length < best.length)) best = e;
  return best === undefined ? undefined : best.includes('/') ? dirOf(best) : '';
}

/** Reads a file inside an archive (`<zip>!/path`), or undefined for any other URI. */
export function readArchived(uri: string, host: Host): string | undefined {
  const at = splitArchiveUri(uri);
  return at ? unpack(at.zip, host)?.entries.get(at.entry) : undefined;
}

/** Problems met while unpacking an archive that was read in this process (for the model's notes). */
export function archiveProblems(zipUri: string): string[] {
  return cache.get(zipUri)?.problems ?? [];
}

/**
 * Every place of the model moves to the start of the archive (findings can only be shown on the `.zip`);
 * the path inside the archive stays in the messages of parse issues. Prompt texts keep their words but map
 * to that place, and are marked nested so no edit is offered inside the archive.
 */
export function pinToArchive(model: BotModel, zipUri: string): BotModel {
  const at: SourceRef = { uri: zipUri, span: { start: 0, end: 2 } };
  const pin = (r: SourceRef): SourceRef => (r.uri === zipUri ? r : at);
  // Findings can only sit on the archive: the nodes they name and the prompts they quote say which entry they are in.
  const entryOf = (uri: string) => splitArchiveUri(uri)?.entry;
  for (const n of model.flow?.nodes ?? []) {
    const entry = entryOf(n.ref.uri);
    if (entry) n.label = `${n.label} (${entry} in the archive)`;
    n.ref = pin(n.ref);
    for (const s of n.openSettings ?? []) s.ref = pin(s.ref);
  }
  model.prompts = model.prompts.map((p) => ({
    ...p,
    label: entryOf(p.text.uri) ? `${p.label} (${entryOf(p.text.uri)} in the archive)` : p.label,
    nested: true,
    text: { ...p.text, uri: zipUri, toSource: () => 0 },
  }));
  for (const n of model.notes) {
    const entry = entryOf(n.ref.uri);
    if (entry && n.detail) n.detail = `${n.detail} (${entry} in the archive)`;
    n.ref = pin(n.ref);
  }
  for (const n of model.trainingSinks) n.ref = pin(n.ref);
  for (const i of model.issues) {
    const entry = splitArchiveUri(i.ref.uri)?.entry;
    if (entry) i.message = `${entry}: ${i.message}`;
    i.ref = pin(i.ref);
  }
  for (const m of model.models) m.ref = pin(m.ref);
  if (model.whatsapp) model.whatsapp = pin(model.whatsapp);
  model.uri = zipUri;
  model.files = [zipUri];
  return model;
}
