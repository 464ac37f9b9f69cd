import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createFsHost } from '../node/fsHost';
import type { Host } from '../service/host';

/** Open buffers first, then disk (cached; file-watch events call forget()). */
export function documentsHost(documents: TextDocuments<TextDocument>): Host & { forget(uri: string, deleted?: boolean): void; edited(uri: string): void } {
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
    forget(uri, isDeleted = false) {
      disk.forget(uri);
      if (isDeleted) deleted.add(uri);
      else deleted.delete(uri);
    },
    edited(uri) {
      deleted.delete(uri);
    },
  };
}
