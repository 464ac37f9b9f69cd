import type { InboxGate } from './transport';

/** Background work runs in slices of about this many milliseconds, so an edit waits at most one slice. */
const SLICE_MS = 8;

/**
 * Orders the server's work. Open documents are linted first, each at its latest version and only
 * once the messages already read (a burst of edits) have been applied: superseded versions are
 * never linted. Background jobs (files of a project that are not open, the workspace scan) run
 * in short slices when no edit is waiting.
 */
export class Scheduler {
  private readonly urgent = new Set<string>();
  private readonly keyed = new Map<string, () => void>();
  private readonly streams: Iterator<unknown>[] = [];
  private armed = false;

  constructor(
    private readonly gate: InboxGate,
    private readonly lintOpen: (uri: string) => void,
  ) {}

  /** Lints open documents as soon as the inbox is drained. */
  lint(uris: Iterable<string>): void {
    for (const u of uris) this.urgent.add(u);
    this.arm();
  }

  /** A background job, replacing one queued under the same key. */
  later(key: string, job: () => void): void {
    this.keyed.delete(key);
    this.keyed.set(key, job);
    this.arm();
  }

  /** Long background work: each `next()` is one small step. */
  stream(steps: Iterator<unknown>): void {
    this.streams.push(steps);
    this.arm();
  }

  /** Drops queued background jobs whose key matches (a file that was opened or deleted). */
  cancel(key: string): void {
    this.keyed.delete(key);
  }

  private arm(): void {
    if (this.armed) return;
    this.armed = true;
    setImmediate(() => this.pump());
  }

  private pump(): void {
    this.armed = false;
    if (!this.gate.idle()) return this.arm();
    const [uri] = this.urgent;
    if (uri !== undefined) {
      this.urgent.delete(uri);
      this.lintOpen(uri);
      return this.arm();
    }
    const deadline = performance.now() + SLICE_MS;
    while (performance.now() < deadline && this.step());
    if (this.keyed.size || this.streams.length) this.arm();
  }

  /** One background step; false when there is nothing left. */
  private step(): boolean {
    const [first] = this.keyed;
    if (first) {
      this.keyed.delete(first[0]);
      first[1]();
      return true;
    }
    const s = this.streams[0];
    if (!s) return false;
    if (s.next().done) this.streams.shift();
    return true;
  }
}
