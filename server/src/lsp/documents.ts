import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface DocumentEvents {
  opened(doc: TextDocument): void;
  changed(doc: TextDocument): void;
  closed(uri: string): void;
}

/**
 * The editor's open documents. Unlike vscode-languageserver's TextDocuments, a didChange whose
 * version is not newer than the document's is refused (logged, not applied), so a late or
 * repeated notification can never roll a buffer back.
 */
export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  constructor(connection: Connection, events: DocumentEvents) {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const doc = TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.docs.set(t.uri, doc);
      events.opened(doc);
    });
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
      const doc = this.docs.get(uri);
      if (!doc) return connection.console.warn(`wa-policy: didChange for ${uri}, which is not open; ignored`);
      if (typeof version !== 'number' || version <= doc.version) {
        return connection.console.warn(
          `wa-policy: didChange version ${version} for ${uri} is not newer than ${doc.version}; ignored`,
        );
      }
      TextDocument.update(doc, contentChanges as TextDocumentContentChangeEvent[], version);
      events.changed(doc);
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
      if (this.docs.delete(uri)) events.closed(uri);
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }
}
