import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `script` whose thread runs at nice `nice` (Linux only: there a thread's nice value is its
 * own; elsewhere setpriority would lower the whole process, so the worker runs at normal priority). `reportTid`: the
 * thread first posts `{ tid }`, its kernel thread id, for a caller that reads the thread's CPU time.
 */
export function lowPriorityWorker(script: string, options: WorkerOptions, nice: number, reportTid = false): Worker {
  if (process.platform !== 'linux') return new Worker(script, options);
  const tid = reportTid
    ? `try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:worker_threads').parentPort.postMessage({ tid });
} catch {}
`
    : '';
  const prelude = `try { require('node:os').setPriority(${Number(nice)}); } catch {}\n${tid}`;
  return new Worker(`${prelude}require(${JSON.stringify(script)});`, { ...options, eval: true });
}
