import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { FrameGuard } from './framing';

/** Tells whether messages have been read but not yet handed to their handlers. */
export interface InboxGate {
  idle(): boolean;
}

/**
 * The connection for --stdio (behind a FrameGuard) or --node-ipc, with a count of the messages
 * waiting in vscode-jsonrpc's queue, so that linting can wait until a burst of edits has been
 * applied. Other transports fall back to vscode-languageserver's own choice (the gate then
 * always reads idle).
 */
export function createServerConnection(argv = process.argv): { connection: Connection; gate: InboxGate } {
  let received = 0;
  let dispatched = 0;
  let shutdown = false;
  const gate: InboxGate = { idle: () => received <= dispatched };
  // vscode-jsonrpc acts on a $/cancelRequest of a running request at once, without handing it to the
  // strategy below: cancel notifications are left out of both counts, or one would keep the gate shut.
  const counted = (m: Message) => (m as { method?: string }).method !== '$/cancelRequest';
  const messageStrategy = {
    handleMessage(message: Message, next: (m: Message) => void) {
      if (counted(message)) dispatched++;
      if ((message as { method?: string }).method === 'shutdown') shutdown = true;
      return next(message);
    },
  };
  let writer: MessageWriter;
  let inner: MessageReader;
  if (argv.includes('--stdio')) {
    writer = new StreamMessageWriter(process.stdout);
    const guard = new FrameGuard((d) => {
      process.stderr.write(`wa-policy: discarded a malformed message (${d.reason})\n`);
      // A request we could not read still gets an answer, so the client does not wait forever.
      if (d.id !== undefined)
        void writer.write({
          jsonrpc: '2.0',
          id: d.id,
          error: { code: -32700, message: `Parse error: ${d.reason}` },
        } as Message);
    });
    process.stdin.pipe(guard);
    // As vscode-languageserver does for stdio: stdout carries the protocol, and the server ends with its input.
    console.log = console.info = (...args: unknown[]) => process.stderr.write(`${args.join(' ')}\n`);
    for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(shutdown ? 0 : 1));
    inner = new StreamMessageReader(guard);
  } else if (argv.includes('--node-ipc')) {
    inner = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else {
    return { connection: createConnection(ProposedFeatures.all), gate: { idle: () => true } };
  }
  const reader: MessageReader = {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    listen(callback: DataCallback): Disposable {
      return inner.listen((m) => {
        if (counted(m)) received++;
        callback(m);
      });
    },
    dispose: () => inner.dispose(),
  };
  return { connection: createConnection(ProposedFeatures.all, reader, writer, { messageStrategy }), gate };
}
