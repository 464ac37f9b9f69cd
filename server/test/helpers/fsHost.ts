import * as fs from 'node:fs';
import * as path from 'node:path';
import { before } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createFsHost } from '../../src/nodeHost/fsHost';
import type { Host } from '../../src/service/host';

// Every test file that builds a service over files loads the code parsers first (as the CLI, the server and
// the scan worker do), so code files are checked and not silently skipped.
before(() => loadCodeParsers());

/** The disk host (as the CLI and the server use it) with in-memory files on top, for tests. */
export function testHost(overrides: Record<string, string> = {}): Host & { set(p: string, text: string): string } {
  const disk = createFsHost();
  const mem = new Map(Object.entries(overrides).map(([p, t]) => [toUri(path.resolve(p)), t]));
  return {
    readFile: (uri) => (mem.has(uri) ? mem.get(uri) : disk.readFile(uri)),
    readBytes: (uri) => (mem.has(uri) ? new TextEncoder().encode(mem.get(uri)) : disk.readBytes?.(uri)),
    listFiles(dirUri, limit) {
      const out = [...disk.listFiles(dirUri, limit)];
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
