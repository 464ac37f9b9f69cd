import type * as fs from 'node:fs';
import * as nodeFs from 'node:fs';

/**
 * Why a path that is neither a regular file nor a folder is never read: a named pipe blocks a reader until someone
 * writes to it (a CLI run or the server would hang), and a device holds no file text. The walks report it as the CLI
 * reports an unreadable file (`input/unreadable`, exit 2), with these words, in the CLI and the editor: it may stand
 * where a prompt was meant to be. A socket cannot be opened as a file at all and is a running program's endpoint (a
 * dev server's `*.sock`), never a bot file: it is left out, as any file that is not a bot file is.
 */
export function specialFileReason(stat: fs.Stats): string | undefined {
  if (stat.isFile() || stat.isDirectory() || stat.isSocket()) return undefined;
  const what = stat.isFIFO()
    ? 'a named pipe'
    : stat.isCharacterDevice() || stat.isBlockDevice()
      ? 'a device'
      : 'not a file';
  return `it is ${what}, not a regular file, so it is never read`;
}

/** Why a symbolic link whose target cannot be resolved is not read: a loop of links, or a link to nothing. */
const DANGLING = 'it is a symbolic link to nothing';
const LINK_LOOP = 'it is a symbolic link that leads back to itself (a loop of links)';

export function brokenLinkReason(p: string): string {
  try {
    nodeFs.realpathSync.native(p);
    return DANGLING;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? LINK_LOOP : DANGLING;
  }
}
