import { isMainThread, workerData } from 'node:worker_threads';
import { register } from './lsp/register';
import { runScanWorker } from './lsp/scanWorker';
import { createServerConnection } from './lsp/transport';

if (!isMainThread && workerData?.waPolicyScan) {
  // This bundle also runs the workspace scan on a worker thread.
  runScanWorker(workerData.waPolicyScan as string[], workerData.locale as string | undefined);
} else {
  // Transport (--stdio or --node-ipc) is chosen from argv.
  const { connection, gate } = createServerConnection();
  register(connection, gate, __filename);
  connection.listen();
}
