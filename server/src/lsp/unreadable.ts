import * as fs from 'node:fs';
import * as path from 'node:path';
import { unreadableReport } from '../cli/unreadable';
import { toPath } from '../model/uri';
import { isInside } from '../nodeHost/fsHost';
import { brokenLinkReason, specialFileReason } from '../nodeHost/special';
import type { Finding } from '../service';

/** Why the walk (nodeHost/walk.ts) leaves out a link: the same words here, so the editor says what the CLI says. */
export const LINK_OUT = 'it is a symbolic link to a place outside the checked folder, which is never read';

/**
 * Why a file of a workspace folder cannot be checked from disk: a dangling symbolic link or a loop of links, a link
 * (or a link above it) whose real path leaves the folder, a named pipe or device, or a file the server may not
 * read. Undefined for a readable file,
 * a file outside every folder (a document opened on its own is the editor's) and one that does not exist (an
 * unsaved buffer, a deleted file). Nothing is read from the target: only its metadata.
 */
export function unreadableReason(uri: string, folders: string[]): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const file = toPath(uri);
  const roots = folders.map(toPath).filter((f) => isInside(f, file));
  if (!roots.length) return undefined;
  let link: fs.Stats;
  try {
    link = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    return link.isSymbolicLink() ? brokenLinkReason(file) : undefined;
  }
  if (!roots.some((r) => isInside(realOr(r), real))) return LINK_OUT;
  try {
    const stat = fs.statSync(real);
    const special = specialFileReason(stat);
    if (special) return special;
    if (!stat.isFile()) return undefined;
    fs.accessSync(real, fs.constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `it could not be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code})`;
  }
  return undefined;
}

/** The CLI's `input/unreadable` finding for `uri` (cli/unreadable.ts), named relative to its workspace folder. */
export function unreadableFinding(uri: string, reason: string, folders: string[], locale: string): Finding {
  const file = toPath(uri);
  const root = folders.map(toPath).find((f) => isInside(f, file));
  const name = root ? path.relative(root, file) || path.basename(file) : file;
  return unreadableReport(name.split(path.sep).join('/'), uri, reason, locale).findings[0];
}

function realOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** A file's `input/unreadable` finding when it cannot be checked from disk (`why` when the walk already knows). */
export type UnreadableCheck = (uri: string, why?: string) => Finding | undefined;

export function unreadableCheck(folders: () => string[], locale: () => string): UnreadableCheck {
  return (uri, why) => {
    const reason = why ?? unreadableReason(uri, folders());
    return reason === undefined ? undefined : unreadableFinding(uri, reason, folders(), locale());
  };
}
