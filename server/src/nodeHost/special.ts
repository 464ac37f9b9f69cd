import type * as fs from 'node:fs';
import * as nodeFs from 'node:fs';

/**
 * Why a path that is neither a regular file nor a folder is never read: a named pipe blocks a reader until someone
 * writes to it (a CLI run or the server would hang), and a device or socket holds no file text. The walks report it
 * as the CLI reports an unreadable file (`input/unreadable`, exit 2), with these words, in the CLI and the editor.
 */
export function specialFileReason(stat: fs.Stats): string | undefined {
  if (stat.isFile() || stat.isDirectory()) return undefined;
  const what = stat.isFIFO()
    ? 'a named pipe'
    : stat.isSocket()
      ? 'a socket'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : 'not a file';
  return `it is ${what}, not a regular file, so it is never read`;
}

/** Why a symbolic link whose target cannot be resolved is not read: a loop of links, or a link to nothing. */
export const DANGLING = 'it is a symbolic link to nothing';
export const LINK_LOOP = 'it is a symbolic link that leads back to itself (a loop of links)';

export function brokenLinkReason(p: string): string {
  try {
    nodeFs.realpathSync.native(p);
    return DANGLING;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? LINK_LOOP : DANGLING;
  }
}
