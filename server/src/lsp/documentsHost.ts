import { createFsHost } from '../nodeHost/fsHost';
import type { Host } from '../model/host';
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
}

/** Open buffers first, then disk (cached; file-watch events call forget()). */
export function documentsHost(documents: OpenDocuments): DocumentsHost {
  const disk = createFsHost();
  // Deleted on disk while a buffer is still open (an editor that was closed keeps its document alive):
  // the file is gone until the buffer is edited again.
  const deleted = new Set<string>();
  return {
    readFile(uri) {
      if (deleted.has(uri)) return undefined;
      return documents.get(uri)?.getText() ?? disk.readFile(uri);
    },
    listFiles: (dirUri, limit) => disk.listFiles(dirUri, limit),
    realPath: (uri) => disk.realPath?.(uri),
    readBytes: (uri) => (deleted.has(uri) ? undefined : disk.readBytes?.(uri)),
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
  };
}
