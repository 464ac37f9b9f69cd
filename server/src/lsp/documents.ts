import type { Connection, Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

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
  private readonly docs = new Map<string, OpenDocument>();

  constructor(connection: Connection, events: DocumentEvents) {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const doc = new OpenDocument(t.uri, t.languageId, t.version, t.text);
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
      doc.update(contentChanges as TextDocumentContentChangeEvent[], version);
      events.changed(doc);
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
      if (this.docs.delete(uri)) events.closed(uri);
    });
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }
}

/** Pieces a document keeps before they are joined (each change splits at most two). */
const MAX_PIECES = 256;

/**
 * An open document whose incremental changes cost the size of the change and the line count, not the
 * text: the text is kept as pieces (slices of the previous texts and the inserted strings), joined
 * into one string when it is read. A burst of keystrokes before a lint copies the text once, not once
 * per keystroke (vscode-languageserver-textdocument's update rebuilds the whole string per change).
 * Positions and line offsets behave as that library's TextDocument.
 */
export class OpenDocument implements TextDocument {
  private pieces: string[];
  private chars: number;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    text: string,
  ) {
    this.pieces = [text];
    this.chars = text.length;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  /**
   * The text's length in UTF-16 code units, without joining its pieces: what a size check per edit reads
   * (`getText().length` joined a 150 KB text at every keystroke of a burst: 1.4 s for 1,000 edits).
   */
  get length(): number {
    return this.chars;
  }

  getText(range?: Range): string {
    if (this.pieces.length !== 1) this.pieces = [this.pieces.join('')];
    const text = this.pieces[0];
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.chars), 0);
    const lines = this.offsets();
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeEol(offset, lines[line]) - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.offsets();
    if (position.line >= lines.length) return this.chars;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.chars;
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lines = this.offsets();
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.chars - lines[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < lines.length ? lines[line + 1] : this.chars;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, lines[line]) - lines[line] } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.offsets();
    if (line < 0 || line >= lines.length) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.chars;
    return this.getText().substring(this.beforeEol(next, lines[line]), next);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      // A text that is not a string (a broken client) is read as the string it prints as, never as a length of NaN.
      const text = typeof change.text === 'string' ? change.text : String(change.text ?? '');
      if (!('range' in change) || change.range === undefined) {
        this.pieces = [text];
        this.chars = text.length;
        this.lineOffsets = undefined;
        continue;
      }
      const range = wellFormed(change.range);
      const start = this.offsetAt(range.start);
      const end = this.offsetAt(range.end);
      this.splice(start, end, text);
      this.updateLines(range, start, end, text);
    }
    if (this.pieces.length > MAX_PIECES) this.getText();
    this.currentVersion = version;
  }

  /** The line offsets after replacing [start, end) (the lines of `range`) by `text`, as the library keeps them. */
  private updateLines(range: Range, start: number, end: number, text: string): void {
    const at = start + text.length;
    const crlf = (i: number): boolean => this.charCodeAt(i - 1) === 13 && this.charCodeAt(i) === 10;
    // A CRLF pair across an edit boundary is not in the inserted text's line offsets: recount.
    if (crlf(start) || crlf(at) || this.lineOffsets === undefined) {
      this.lineOffsets = undefined;
      return;
    }
    const lines = this.lineOffsets;
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineOffsetsOf(text, false, start);
    if (endLine - startLine === added.length)
      for (let i = 0; i < added.length; i++) lines[i + startLine + 1] = added[i];
    else this.lineOffsets = [...lines.slice(0, startLine + 1), ...added, ...lines.slice(endLine + 1)];
    const diff = text.length - (end - start);
    const all = this.lineOffsets;
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < all.length; i++) all[i] += diff;
  }

  private splice(start: number, end: number, text: string): void {
    this.chars += text.length - (end - start);
    const out: string[] = [];
    let inserted = text.length === 0;
    const insert = (): void => {
      if (!inserted) out.push(text);
      inserted = true;
    };
    let pos = 0;
    for (const p of this.pieces) {
      const next = pos + p.length;
      if (next <= start || pos >= end) {
        if (pos >= end && pos === start) insert();
        out.push(p);
      } else {
        if (pos < start) out.push(p.slice(0, start - pos));
        insert();
        if (next > end) out.push(p.slice(end - pos));
      }
      pos = next;
    }
    insert();
    this.pieces = out.filter((p) => p.length > 0);
  }

  private charCodeAt(i: number): number {
    if (i < 0) return NaN;
    for (const p of this.pieces) {
      if (i < p.length) return p.charCodeAt(i);
      i -= p.length;
    }
    return NaN;
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= lineOffsetsOf(this.getText(), true, 0));
  }
}

function isEol(c: number): boolean {
  return c === 13 || c === 10;
}

function lineOffsetsOf(text: string, atLineStart: boolean, base: number): number[] {
  const out = atLineStart ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isEol(c)) continue;
    if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
    out.push(base + i + 1);
  }
  return out;
}

function wellFormed(r: Range): Range {
  // A position is two unsigned integers (LSP `uinteger`); a client that sends a fraction, a negative number, a string
  // or nothing (a hostile or broken one) gets the nearest valid position, never NaN offsets: those emptied the
  // document's pieces and left its length NaN (session 13).
  const start = position(r?.start);
  const end = position(r?.end);
  return start.line > end.line || (start.line === end.line && start.character > end.character)
    ? { start: end, end: start }
    : { start, end };
}

function position(p: Position | undefined): Position {
  return { line: uinteger(p?.line), character: uinteger(p?.character) };
}

function uinteger(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}
