import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../service/findings';
import type { Host } from '../model/host';

/** Default cache file, in the working directory (like ESLint's .eslintcache). */
export const DEFAULT_CACHE_FILE = '.wa-policy-cache';
const FORMAT = 2;

/** A file the result depends on: its path, size, mtime and content hash (null: it did not exist). */
type Dep = [file: string, size: number, mtimeMs: number, hash: string | null];

export interface CachedResult {
  /** The detected format, or null when the file is not a bot file. */
  kind: string | null;
  findings: Finding[];
}

/** A file's stored result: its format, findings and the indexes of its dependencies in the shared table. */
type Entry = [kind: string | null, findings: Finding[], deps: number[]];

interface CacheFile {
  format: number;
  /** Tool version, options and every config file's content: any change empties the cache. */
  settings: string;
  /** Every dependency once (most are shared: a project's files, the config looked for in each folder). */
  deps: Dep[];
  files: Record<string, Entry>;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

const UNKNOWN = 0;
const SAME = 1;
const CHANGED = 2;

/**
 * Results of earlier runs, keyed by file and checked against the content of every file they were
 * computed from (the file, its project's files, linked prompts). A dependency whose size and mtime
 * are unchanged is taken as unchanged; otherwise its content hash decides (a fresh CI checkout).
 * Each dependency is checked once per run, however many entries share it.
 */
export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  /** What this run found for each dependency of the table (UNKNOWN until an entry asks). */
  private readonly state: Uint8Array;
  /** Results computed in this run, with their dependencies (interned into the table on save). */
  private readonly fresh = new Map<string, { result: CachedResult; deps: Dep[] }>();

  constructor(
    private readonly file: string,
    settings: string,
    private readonly list: Host['listFiles'],
  ) {
    let loaded: CacheFile | undefined;
    try {
      loaded = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
    } catch {
      loaded = undefined;
    }
    this.data =
      loaded && loaded.format === FORMAT && loaded.settings === settings && loaded.files && validDeps(loaded.deps)
        ? loaded
        : { format: FORMAT, settings, deps: [], files: {} };
    this.state = new Uint8Array(this.data.deps.length);
  }

  /** The stored result for a file when none of its inputs changed. */
  get(abs: string): CachedResult | undefined {
    const entry = Object.hasOwn(this.data.files, abs) ? this.data.files[abs] : undefined;
    if (!validEntry(entry) || !entry[2].every((i) => this.unchanged(i))) return undefined;
    return { kind: entry[0], findings: entry[1] };
  }

  private unchanged(i: number): boolean {
    const dep = this.data.deps[i];
    if (!dep) return false;
    if (this.state[i] === UNKNOWN) this.state[i] = unchanged(dep, this.list) ? SAME : CHANGED;
    return this.state[i] === SAME;
  }

  set(abs: string, result: CachedResult, deps: Dep[]): void {
    this.fresh.set(abs, { result, deps });
    this.dirty = true;
  }

  /** Writes the cache, keeping only the files of this run. */
  save(keep: Set<string>): void {
    for (const k of Object.keys(this.data.files)) {
      if (keep.has(k) && !this.fresh.has(k)) continue;
      delete this.data.files[k];
      this.dirty = true;
    }
    if (!this.dirty) return;
    const table: Dep[] = [];
    const index = new Map<string, number>();
    const intern = (d: Dep) => {
      const key = d.join('\u0000');
      let i = index.get(key);
      if (i === undefined) index.set(key, (i = table.push(d) - 1));
      return i;
    };
    // Each stored dependency is interned once, however many entries point to it (no key string per reference).
    const moved = new Int32Array(this.data.deps.length).fill(-1);
    const move = (i: number) => (moved[i] >= 0 ? moved[i] : (moved[i] = intern(this.data.deps[i])));
    const files: Record<string, Entry> = {};
    for (const [k, entry] of Object.entries(this.data.files))
      if (validEntry(entry) && entry[2].every((i) => this.data.deps[i]))
        files[k] = [entry[0], entry[1], entry[2].map(move)];
    for (const [k, { result, deps }] of this.fresh)
      if (keep.has(k)) files[k] = [result.kind, result.findings, deps.map(intern)];
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify({ ...this.data, deps: table, files }));
  }
}

function validDeps(deps: unknown): deps is Dep[] {
  return Array.isArray(deps) && deps.every((d) => Array.isArray(d) && typeof d[0] === 'string');
}

/** A cache file edited or damaged by hand is a miss, never a crash. */
function validEntry(entry: Entry | undefined): entry is Entry {
  return Array.isArray(entry) && Array.isArray(entry[1]) && Array.isArray(entry[2]);
}

const LISTING = 'list:';

function unchanged([file, size, mtimeMs, hash]: Dep, list: Host['listFiles']): boolean {
  if (file.startsWith(LISTING)) {
    const [limit, dirUri] = [file.slice(LISTING.length, file.indexOf('|')), file.slice(file.indexOf('|') + 1)];
    return sha1(list(dirUri, limit ? Number(limit) : undefined).join('\n')) === hash;
  }
  let stat: fs.Stats | undefined;
  try {
    // No exception for a missing file: most dependencies are config files looked for and not found.
    stat = fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    stat = undefined;
  }
  if (!stat) return hash === null;
  if (hash === null || !stat.isFile()) return false;
  if (stat.size === size && stat.mtimeMs === mtimeMs) return true;
  try {
    return sha1(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) === hash;
  } catch {
    return false;
  }
}

/** Wraps a host to note every file read while one file is linted (its dependencies for the cache). */
export function recordingHost(inner: Host, toFile: (uri: string) => string): Host & { take(): Dep[] } {
  let reads = new Map<string, string | undefined>();
  let listings = new Map<string, string>();
  return {
    readFile(uri) {
      const text = inner.readFile(uri);
      reads.set(uri, text);
      return text;
    },
    listFiles(dirUri, limit) {
      // A file added to or removed from a project changes its results: depend on the listing too.
      const list = inner.listFiles(dirUri, limit);
      listings.set(`${LISTING}${limit ?? ''}|${dirUri}`, list.join('\n'));
      return list;
    },
    // Everything else the inner host knows is passed on: without realPath the workspace boundary was not checked
    // with --cache (a link symlinked out of the folder was read and quoted), without readBytes no archive was read.
    ...(inner.realPath && { realPath: (uri: string) => inner.realPath!(uri) }),
    ...(inner.workspaceFolders && { workspaceFolders: () => inner.workspaceFolders!() }),
    ...(inner.readBytes && {
      readBytes(uri: string) {
        const bytes = inner.readBytes!(uri);
        reads.set(uri, bytes && Buffer.from(bytes).toString('latin1'));
        return bytes;
      },
    }),
    take() {
      const deps: Dep[] = [];
      for (const [uri, text] of reads) {
        const file = toFile(uri);
        let stat: fs.Stats | undefined;
        try {
          stat = fs.statSync(file);
        } catch {
          stat = undefined;
        }
        deps.push(text === undefined || !stat ? [file, 0, 0, null] : [file, stat.size, stat.mtimeMs, sha1(text)]);
      }
      for (const [key, list] of listings) deps.push([key, 0, 0, sha1(list)]);
      reads = new Map();
      listings = new Map();
      return deps;
    },
  };
}
