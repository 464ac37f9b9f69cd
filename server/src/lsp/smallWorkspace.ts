import * as fs from 'node:fs';
import { toPath } from '../model/uri';
import { walkFiles } from '../nodeHost/walk';

/**
 * Workspaces of at most this many files (`WA_POLICY_SCAN_PROCESS_FILES` in the server's environment; 0 scans every
 * workspace in a process) and this many bytes (`WA_POLICY_SCAN_PROCESS_BYTES`) are scanned on the server's thread,
 * in slices, instead of in a scan process. A scan process pays a cold start (the bundle, the lexicons and the phrase
 * matchers: 0.5–1 s on a quiet core, 7–15 s at load 25–30), which for a few files is most of the scan: the soak's
 * `waPolicy/scanWorkspace` of a 10-file workspace took 7–14 s at load 23 and over 15 s at load 30. The server's
 * thread has them loaded already.
 */
const SMALL_FILES = Number(process.env.WA_POLICY_SCAN_PROCESS_FILES ?? 200);
const SMALL_BYTES = Number(process.env.WA_POLICY_SCAN_PROCESS_BYTES ?? 2 * 1024 * 1024);

/** Whether the folders hold few and small enough files to be scanned on this thread (stops walking past the bound). */
export function smallWorkspace(folders: string[]): boolean {
  if (!(SMALL_FILES > 0)) return false;
  let files = 0;
  let bytes = 0;
  for (const folder of folders)
    for (const p of walkFiles(toPath(folder))) {
      if (++files > SMALL_FILES) return false;
      try {
        bytes += fs.statSync(p).size;
      } catch {
        // unreadable: the scan reports it; it costs nothing to check
      }
      if (bytes > SMALL_BYTES) return false;
    }
  return true;
}
