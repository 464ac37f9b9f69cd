import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../service/findings';
import type { Host } from '../model/host';

/** Default cache file, in the working directory (like ESLint's .eslintcache). */
export const DEFAULT_CACHE_FILE = '.wa-policy-cache';
const FORMAT = 1;

/** A file the result depends on: its path, size, mtime and content hash (null: it did not exist). */
type Dep = [file: string, size: number, mtimeMs: number, hash: string | null];

export interface CachedResult {
  /** The detected format, or null when the file is not a bot file. */
  kind: string | null;
  findings: Finding[];
}

interface CacheFile {
  format: number;
  /** Tool version, options and every config file's content: any change empties the cache. */
  settings: string;
  files: Record<string, { deps: Dep[] } & CachedResult>;
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/**
 * Results of earlier runs, keyed by file and checked against the content of every file they were
 * computed from (the file, its project's files, linked prompts). A dependency whose size and mtime
 * are unchanged is taken as unchanged; otherwise its content hash decides (a fresh CI checkout).
 */
export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  /** Dependencies already checked in this run: most files share their config lookups (often missing files). */
  private readonly checked = new Map<string, boolean>();

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
      loaded && loaded.format === FORMAT && loaded.settings === settings && loaded.files
        ? loaded
        : { format: FORMAT, settings, files: {} };
  }

  /** The stored result for a file when none of its inputs changed. */
  get(abs: string): CachedResult | undefined {
    const entry = this.data.files[abs];
    if (!entry || !entry.deps.every((d) => this.unchanged(d))) return undefined;
    return entry;
  }

  private unchanged(dep: Dep): boolean {
    const key = dep.join('\u0000');
    let same = this.checked.get(key);
    if (same === undefined) this.checked.set(key, (same = unchanged(dep, this.list)));
    return same;
  }

  set(abs: string, result: CachedResult, deps: Dep[]): void {
    this.data.files[abs] = { ...result, deps };
    this.dirty = true;
  }

  /** Writes the cache, keeping only the files of this run. */
  save(keep: Set<string>): void {
    for (const k of Object.keys(this.data.files)) {
      if (keep.has(k)) continue;
      delete this.data.files[k];
      this.dirty = true;
    }
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(this.data));
  }
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
