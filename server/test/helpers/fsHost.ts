import * as fs from 'node:fs';
import * as path from 'node:path';
import { join, toPath, toUri } from '../../src/model/uri';
import type { Host } from '../../src/service/host';

/** A disk host with in-memory overrides, for tests. */
export function testHost(overrides: Record<string, string> = {}): Host & { set(p: string, text: string): string } {
  const mem = new Map(Object.entries(overrides).map(([p, t]) => [toUri(path.resolve(p)), t]));
  return {
    readFile(uri) {
      if (mem.has(uri)) return mem.get(uri);
      try {
        const p = toPath(uri);
        return fs.statSync(p).isFile() ? fs.readFileSync(p, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    listFiles(dirUri, limit = 5000) {
      const out: string[] = [];
      const walk = (uri: string) => {
        let entries: fs.Dirent[] = [];
        try {
          entries = fs.readdirSync(toPath(uri), { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (out.length >= limit) return;
          const child = join(uri, e.name);
          if (e.isDirectory()) walk(child);
          else out.push(child);
        }
      };
      walk(dirUri);
      for (const u of mem.keys()) if (u.startsWith(dirUri + '/') && !out.includes(u)) out.push(u);
      return out;
    },
    set(p, text) {
      const uri = toUri(path.resolve(p));
      mem.set(uri, text);
      return uri;
    },
  };
}

/** The repository root (the bundled test may sit at any depth under out/). */
export const REPO = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || dir.endsWith(`${path.sep}out`)) dir = path.dirname(dir);
  return dir;
})();
