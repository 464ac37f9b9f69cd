import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Host } from '../model/host';
import { toPath, toUri } from '../model/uri';
import { decodeText } from '../input/decode';
import { MAX_READ_BYTES } from '../input/limits';

/** Folders never looked into, whatever the ignore files say. */
export const SKIP_DIRS = new Set(['node_modules', '.git', 'venv', '.venv', '__pycache__', 'site-packages']);

const DEFAULT_LIST_LIMIT = 10_000;

export interface FsHost extends Host {
  exists(uri: string): boolean;
  /** Drops what is cached about a file (and the listings of the folders above it). */
  forget(uri: string): void;
  /** Drops a file's cached text only (memory: the file is still believed unchanged). */
  drop(uri: string): void;
}

/**
 * Files on disk, with reads and folder listings cached: the service reads config and project files
 * many times. The CLI sees one snapshot; the language server calls forget() on file-watch events.
 */
export function createFsHost(): FsHost {
  const cache = new Map<string, string | undefined>();
  const listings = new Map<string, string[]>();
  /** Resolved paths: a linked prompt's boundary check asks on every lint; any file event may move a link. */
  const realPaths = new Map<string, string | undefined>();

  function readFile(uri: string): string | undefined {
    if (cache.has(uri)) return cache.get(uri);
    let text: string | undefined;
    try {
      const p = toPath(uri);
      if (fs.statSync(p).isFile()) text = decodeText(readHead(p, MAX_READ_BYTES)).text;
    } catch {
      text = undefined;
    }
    cache.set(uri, text);
    return text;
  }

  function listFiles(dirUri: string, limit = DEFAULT_LIST_LIMIT): string[] {
    const key = `${limit}:${dirUri}`;
    const cached = listings.get(key);
    if (cached) return cached;
    const out: string[] = [];
    listings.set(key, out);
    const queue = [toPath(dirUri)];
    const root = realPath(queue[0]);
    // A symlinked file is listed only when it points inside the listed folder (the workspace boundary).
    const insideRoot = (p: string) => !!root && isInside(root, realPath(p));
    while (queue.length && out.length < limit) {
      const dir = queue.shift()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) queue.push(p);
        } else if (e.isFile() || (e.isSymbolicLink() && isFile(p) && insideRoot(p))) {
          out.push(toUri(p));
          if (out.length >= limit) break;
        }
      }
    }
    return out;
  }

  function forget(uri: string): void {
    cache.delete(uri);
    realPaths.clear();
    for (const key of listings.keys()) if (uri.startsWith(key.slice(key.indexOf(':') + 1))) listings.delete(key);
  }

  return {
    readFile,
    exists(uri) {
      if (cache.has(uri)) return cache.get(uri) !== undefined;
      try {
        return fs.statSync(toPath(uri)).isFile();
      } catch {
        return false;
      }
    },
    listFiles,
    forget,
    drop: (uri) => void cache.delete(uri),
    readBytes(uri) {
      try {
        const p = toPath(uri);
        return fs.statSync(p).isFile() ? readHead(p, MAX_READ_BYTES) : undefined;
      } catch {
        return undefined;
      }
    },
    realPath(uri) {
      if (!realPaths.has(uri)) realPaths.set(uri, realPath(toPath(uri)));
      return realPaths.get(uri);
    },
  };
}

/** The first `max` bytes of a file: a file over every size limit is never read whole. */
export function readHead(p: string, max: number): Uint8Array {
  // Non-blocking: a path that became a named pipe after the caller's stat must not block the open (no effect on a file).
  const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${p} is not a regular file`);
    const size = Math.min(stat.size, max);
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = fs.readSync(fd, buf, got, size - got, got);
      if (n <= 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

export function realPath(p: string): string | undefined {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return undefined;
  }
}

export function isInside(root: string, target: string | undefined): boolean {
  return !!target && (target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
