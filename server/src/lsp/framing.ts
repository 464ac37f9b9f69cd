import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
/** A header block longer than this is garbage, not a header. */
const MAX_HEADER = 8 * 1024;
/** How long an incomplete body may wait before a header inside it is taken as the next message. */
const STALL_MS = 500;

export interface DiscardedFrame {
  reason: string;
  /** The request id when the body was readable enough to find one. */
  id?: number | string;
}

/**
 * Sits between stdin and vscode-jsonrpc's StreamMessageReader and passes on only well-formed
 * frames (`Content-Length: n` + a JSON object of exactly n bytes). A frame whose length is wrong,
 * whose header is unreadable or whose body is not JSON is reported through `onDiscard` and dropped,
 * and reading resumes at the next header inside or after it, so one bad message never takes the
 * stream down. A length that runs past the end of the input is given up after STALL_MS when a
 * header follows inside the body.
 */
export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  private stallTimer: NodeJS.Timeout | undefined;

  constructor(private readonly onDiscard: (d: DiscardedFrame) => void) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    clearTimeout(this.stallTimer);
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
      if (this.buffer.length < bodyStart + length) {
        // A length that is too long would wait for bytes that never come: give up after a pause.
        this.stallTimer = setTimeout(() => this.overrun(bodyStart, length), STALL_MS).unref();
        return;
      }
      const body = this.buffer.subarray(bodyStart, bodyStart + length);
      if (asMessage(body)) {
        this.push(`Content-Length: ${length}\r\n\r\n`);
        this.push(body);
        this.buffer = this.buffer.subarray(bodyStart + length);
        continue;
      }
      // Not JSON: the frame is cut short, or its length runs into the next message.
      const inner = nextHeader(this.buffer, bodyStart, bodyStart + length);
      this.onDiscard({
        reason:
          inner >= 0
            ? `Content-Length ${length} runs into the next message`
            : 'the body is not a JSON object (wrong Content-Length?)',
        id: idIn(body.toString('utf8')),
      });
      this.buffer = this.buffer.subarray(inner >= 0 ? inner : bodyStart + length);
    }
  }

  /** The body never completed: if another header follows inside it, the declared length was wrong. */
  private overrun(bodyStart: number, length: number): void {
    const inner = nextHeader(this.buffer, bodyStart, this.buffer.length);
    if (inner < 0) return;
    this.onDiscard({
      reason: `Content-Length ${length} runs past the end of the input`,
      id: idIn(this.buffer.subarray(bodyStart, inner).toString('utf8')),
    });
    this.buffer = this.buffer.subarray(inner);
    this.drain();
  }

  /** Drops bytes up to the next `Content-Length:` after the first byte (or all but a short tail). */
  private resync(reason: string): void {
    const at = this.buffer.indexOf('Content-Length:', 1);
    this.buffer = at >= 0 ? this.buffer.subarray(at) : this.buffer.subarray(Math.max(1, this.buffer.length - 32));
    this.onDiscard({ reason });
  }
}

function asMessage(body: Buffer): object | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The offset of the first complete `Content-Length: n` header block in [from, to), or -1. */
function nextHeader(buffer: Buffer, from: number, to: number): number {
  for (
    let at = buffer.indexOf('Content-Length:', from);
    at >= 0 && at < to;
    at = buffer.indexOf('Content-Length:', at + 1)
  ) {
    if (
      /^Content-Length:[ \t]*\d{1,9}[ \t]*\r\n(?:[^\r\n]*\r\n)*?\r\n/i.test(
        buffer.subarray(at, at + 256).toString('ascii'),
      )
    )
      return at;
  }
  return -1;
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
