import { createFsHost, isInside } from '../nodeHost/fsHost';
import type { Host } from '../model/host';
import { toPath } from '../model/uri';
import type { OpenDocuments } from './documents';

export interface DocumentsHost extends Host {
  /** A file changed or was deleted on disk: forget its cached text (and listings). */
  forget(uri: string, deleted?: boolean): void;
  /** An open buffer was edited: it exists again even if its file was deleted. */
  edited(uri: string): void;
  /** Frees the cached disk text of a file that has been checked and is not open. */
  drop(uri: string): void;
  /** Whether the file was deleted on disk (and its buffer, if open, not edited since). */
  isDeleted(uri: string): boolean;
  /** The workspace folders (URIs): files in them that lead outside them are never read. */
  workspaceFolders(): string[];
}

/**
 * Whether `uri` lies in a workspace folder while its real path does not (a symbolic link out of the
 * workspace): such a file is never read, so it is reported `input/unreadable` and none of its text is quoted.
 * Files outside every folder (a document opened on its own) are not concerned.
 */
export function leavesWorkspace(uri: string, folders: string[], disk: Pick<Host, 'realPath'>): boolean {
  const p = toPath(uri);
  const roots = folders.filter((f) => isInside(toPath(f), p));
  if (!roots.length) return false;
  const real = disk.realPath?.(uri);
  return !!real && !roots.some((f) => isInside(disk.realPath?.(f) ?? toPath(f), real));
}

/** Open buffers first, then disk (cached; file-watch events call forget()); nothing read through a link out. */
export function documentsHost(documents: OpenDocuments, folders: () => string[] = () => []): DocumentsHost {
  const disk = createFsHost();
  // Deleted on disk while a buffer is still open (an editor that was closed keeps its document alive):
  // the file is gone until the buffer is edited again.
  const deleted = new Set<string>();
  return {
    readFile(uri) {
      if (deleted.has(uri)) return undefined;
      const open = documents.get(uri)?.getText();
      if (open !== undefined) return open;
      return leavesWorkspace(uri, folders(), disk) ? undefined : disk.readFile(uri);
    },
    exists: (uri) =>
      !deleted.has(uri) && (!!documents.get(uri) || (!leavesWorkspace(uri, folders(), disk) && disk.exists(uri))),
    listFiles: (dirUri, limit) => disk.listFiles(dirUri, limit),
    realPath: (uri) => disk.realPath?.(uri),
    readBytes: (uri) => (deleted.has(uri) || leavesWorkspace(uri, folders(), disk) ? undefined : disk.readBytes?.(uri)),
    forget(uri, isDeleted = false) {
      disk.forget(uri);
      if (isDeleted) deleted.add(uri);
      else deleted.delete(uri);
    },
    edited(uri) {
      deleted.delete(uri);
    },
    drop: (uri) => disk.drop(uri),
    isDeleted: (uri) => deleted.has(uri),
    workspaceFolders: folders,
  };
}
