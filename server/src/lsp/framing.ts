import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const NEXT_HEADER = Buffer.from('\r\nContent-Length:');
/** A header block longer than this is garbage, not a header. */
const MAX_HEADER = 8 * 1024;

export interface DiscardedFrame {
  reason: string;
  /** The request id when the body was readable enough to find one. */
  id?: number | string;
}

/**
 * Sits between stdin and vscode-jsonrpc's StreamMessageReader and passes on only well-formed
 * frames (`Content-Length: n` + a JSON body of exactly n bytes). A frame whose length is wrong,
 * whose header is unreadable or whose body is not JSON is reported through `onDiscard` and dropped,
 * and reading resumes at the next header, so one bad message never takes the stream down.
 * A CRLF followed by `Content-Length:` cannot occur inside a JSON body, which is how a declared
 * length that runs into the next message is detected.
 */
export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onDiscard: (d: DiscardedFrame) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0 || end > MAX_HEADER) {
        if (this.buffer.length > MAX_HEADER) this.resync('a header that never ends');
        if (end < 0) return;
        continue;
      }
      const length = contentLength(this.buffer.subarray(0, end).toString('ascii'));
      const bodyStart = end + HEADER_END.length;
      if (length === undefined) {
        this.resync('no readable Content-Length');
        continue;
      }
      const next = this.buffer.indexOf(NEXT_HEADER, bodyStart - 2);
      if (next >= 0 && next < bodyStart + length) {
        // The declared length runs into the next message: the frame ends where the next header starts.
        this.emitOrDiscard(this.buffer.subarray(bodyStart, next), `Content-Length ${length} overruns the frame`);
        this.buffer = this.buffer.subarray(next + 2);
        continue;
      }
      if (this.buffer.length < bodyStart + length) return;
      this.emitOrDiscard(this.buffer.subarray(bodyStart, bodyStart + length), undefined);
      this.buffer = this.buffer.subarray(bodyStart + length);
    }
  }

  /** Drops bytes up to the next `Content-Length:` after the first byte (or all but a short tail). */
  private resync(reason: string): void {
    const at = this.buffer.indexOf('Content-Length:', 1);
    this.buffer = at >= 0 ? this.buffer.subarray(at) : this.buffer.subarray(Math.max(1, this.buffer.length - 32));
    this.onDiscard({ reason });
  }

  /** Passes a body on when it is one JSON object; otherwise reports it. `lengthProblem` set means the header lied. */
  private emitOrDiscard(body: Buffer, lengthProblem: string | undefined): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      this.onDiscard({ reason: lengthProblem ?? 'body is not JSON (wrong Content-Length?)', id: idIn(body.toString('utf8')) });
      return;
    }
    if (lengthProblem || !parsed || typeof parsed !== 'object') {
      this.onDiscard({ reason: lengthProblem ?? 'body is not a JSON object', id: (parsed as { id?: number | string } | null)?.id });
      return;
    }
    this.push(`Content-Length: ${body.length}\r\n\r\n`);
    this.push(body);
  }
}

function contentLength(header: string): number | undefined {
  const m = /(?:^|\r\n)Content-Length:[ \t]*(\d{1,9})[ \t]*(?:\r\n|$)/i.exec(header);
  return m ? Number(m[1]) : undefined;
}

function idIn(text: string): number | string | undefined {
  const m = /"id"\s*:\s*(\d+|"[^"\\]{0,200}")/.exec(text);
  if (!m) return undefined;
  return m[1].startsWith('"') ? m[1].slice(1, -1) : Number(m[1]);
}
