import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { toUri } from '../../src/model/uri';
import { REPO } from '../helpers/fsHost';

export type Message = {
  id?: number;
  method?: string;
  params?: {
    uri: string;
    version?: number;
    diagnostics: { code: string; range: { start: Position; end: Position } }[];
  };
  result?: unknown;
  error?: { code: number };
  at: number;
};
export type Position = { line: number; character: number };

/** The built server (dist/server.js) over stdio, with what it sent, time-stamped on arrival. */
export class StdioServer {
  readonly received: Message[] = [];
  private readonly child: ChildProcess;
  private chunks: Buffer[] = [];
  private size = 0;
  /** Where the body of the message being read starts (-1: its header is not complete yet), and its length. */
  private bodyAt = -1;
  private length = 0;
  private nextId = 1000;

  /** `wrap`: a command that runs node (`setpriv …` to drop privileges). */
  constructor(env: NodeJS.ProcessEnv = {}, wrap: string[] = []) {
    const argv = [...wrap, process.execPath, path.join(REPO, 'dist', 'server.js'), '--stdio'];
    this.child = spawn(argv[0], argv.slice(1), {
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, ...env },
    });
    this.child.stdout!.on('data', (d: Buffer) => this.read(d));
  }

  send(msg: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    this.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** Sends a request; its id. */
  request(method: string, params: object): number {
    const id = this.nextId++;
    this.send({ id, method, params });
    return id;
  }

  async initialize(folder: string): Promise<void> {
    const uri = toUri(folder);
    const params = { processId: null, rootUri: uri, capabilities: {}, initializationOptions: { workspaceScan: false } };
    const id = this.request('initialize', { ...params, workspaceFolders: [{ uri, name: 'ws' }] });
    await this.until(() => this.received.find((m) => m.id === id), 'initialize');
    this.send({ method: 'initialized', params: {} });
  }

  publishes(uri: string): Message[] {
    return this.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri);
  }

  async until<T>(find: () => T | undefined, what: string, ms = 120_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = find();
      if (hit !== undefined) return hit;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  kill(): void {
    this.child.kill();
  }

  /**
   * Chunks are kept apart until a whole message is there: concatenating on every chunk is quadratic in the
   * size of a message (a publish of 40,000 diagnostics is tens of MB).
   */
  private read(d: Buffer): void {
    this.chunks.push(d);
    this.size += d.length;
    for (;;) {
      if (this.bodyAt < 0) {
        const buf = Buffer.concat(this.chunks);
        this.chunks = [buf];
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        this.length = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, end).toString())![1]);
        this.bodyAt = end + 4;
      }
      if (this.size < this.bodyAt + this.length) return;
      const buf = Buffer.concat(this.chunks);
      const msg = JSON.parse(buf.subarray(this.bodyAt, this.bodyAt + this.length).toString()) as Message;
      this.received.push({ ...msg, at: performance.now() });
      // Requests from the server (registerCapability, workDoneProgress/create) get the answer a client gives.
      if (msg.method && msg.id !== undefined) this.send({ id: msg.id, result: null });
      const rest = buf.subarray(this.bodyAt + this.length);
      this.chunks = [rest];
      this.size = rest.length;
      this.bodyAt = -1;
    }
  }
}

/**
 * Sends a hover and a code action on `uri` (at a diagnostic of it) every `everyMs` until `done()` holds; each
 * pair's latency and arrival time. Long work on the server's main thread shows as a long latency.
 */
export async function probeWhile(
  server: StdioServer,
  uri: string,
  diagnostic: { range: { start: Position; end: Position } },
  done: () => boolean,
  everyMs = 100,
): Promise<{ latency: number; at: number }[]> {
  const pairs: { latency: number; at: number }[] = [];
  while (!done()) {
    const asked = performance.now();
    const hover = server.request('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start });
    const action = server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const answers = await server.until(() => {
      const h = server.received.find((m) => m.id === hover);
      const a = server.received.find((m) => m.id === action);
      return h && a ? [h, a] : undefined;
    }, 'a hover and a code action');
    if (!answers[0].result) throw new Error('the hover has no contents');
    if (!Array.isArray(answers[1].result) || !answers[1].result.length) throw new Error('the code action lists no fix');
    pairs.push({ latency: Math.max(answers[0].at, answers[1].at) - asked, at: Math.max(answers[0].at, answers[1].at) });
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return pairs;
}
