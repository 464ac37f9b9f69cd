import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Host } from '../model/host';
import { toUri } from '../model/uri';

/**
 * The folders a CLI run reads in: the working directory and each folder named. A format that climbs above a
 * file's folder to find its project (Twilio Functions) stays inside the one that holds the file (Host.workspaceFolders).
 */
export function runFolders(paths: string[], cwd: string): string[] {
  const dirs = [cwd, ...paths.map((p) => path.resolve(cwd, p))].filter((d) => {
    try {
      return fs.statSync(d).isDirectory();
    } catch {
      return false;
    }
  });
  return [...new Set(dirs)].map(toUri);
}

/** `host` bounded by `folders`. */
export function inFolders<H extends Host>(host: H, folders: string[]): H {
  return { ...host, workspaceFolders: () => folders };
}
