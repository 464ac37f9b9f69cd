import { isMainThread, workerData } from 'node:worker_threads';
import { register } from './lsp/register';
import { runLintWorker } from './lsp/offThreadLint';
import { SCAN_PROCESS_ARG, serveScanProcess } from './lsp/scanWorker';
import { createServerConnection } from './lsp/transport';

if (process.argv.includes(SCAN_PROCESS_ARG) && process.send) {
  // This bundle also runs the workspace scan in a child process (it loads the code parsers itself).
  serveScanProcess();
} else if (!isMainThread && workerData?.waPolicyLint) {
  // …and the lints of large open documents (lsp/offThreadLint.ts).
  void runLintWorker();
} else {
  // Transport (--stdio or --node-ipc) is chosen from argv.
  const { connection, gate } = createServerConnection();
  // Code files are recognised once the tree-sitter grammars (wasm, from dist/) are loaded: on demand (register).
  register(connection, gate, __filename);
  connection.listen();
}
