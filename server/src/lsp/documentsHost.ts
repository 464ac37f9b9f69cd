import * as fs from 'node:fs';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { join, toPath } from '../model/uri';
import type { Host } from '../service/host';

/** Open buffers first, then disk (with a small cache invalidated by file-watch events). */
export function documentsHost(documents: TextDocuments<TextDocument>): Host & { forget(uri: string, deleted?: boolean): void; edited(uri: string): void } {
  const disk = new Map<string, string | undefined>();
  // Deleted on disk while a buffer is still open (an editor that was closed keeps its document alive):
  // the file is gone until the buffer is edited again.
  const deleted = new Set<string>();
  const dirs = new Map<string, string[]>();
  return {
    readFile(uri) {
      if (deleted.has(uri)) return undefined;
      const doc = documents.get(uri);
      if (doc) return doc.getText();
      if (disk.has(uri)) return disk.get(uri);
      let text: string | undefined;
      try {
        const p = toPath(uri);
        const st = fs.statSync(p);
        text = st.isFile() ? fs.readFileSync(p, 'utf8') : undefined;
      } catch {
        text = undefined;
      }
      disk.set(uri, text);
      return text;
    },
    listFiles(dirUri, limit = 5000) {
      const cached = dirs.get(dirUri);
      if (cached) return cached;
      const out: string[] = [];
      const walk = (uri: string, depth: number) => {
        if (out.length >= limit || depth > 8) return;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(toPath(uri), { withFileTypes: true });
        } catch {
          return;
        }
        for (const e of entries) {
          if (e.name === 'node_modules' || e.name === '.git') continue;
          const child = join(uri, e.name);
          if (e.isDirectory()) walk(child, depth + 1);
          else if (e.isFile() && out.length < limit) out.push(child);
        }
      };
      walk(dirUri, 0);
      dirs.set(dirUri, out);
      return out;
    },
    forget(uri, isDeleted = false) {
      disk.delete(uri);
      if (isDeleted) deleted.add(uri);
      else deleted.delete(uri);
      for (const key of dirs.keys()) if (uri.startsWith(key)) dirs.delete(key);
    },
    edited(uri) {
      deleted.delete(uri);
    },
  };
}
