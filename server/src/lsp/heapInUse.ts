import { getHeapStatistics } from 'node:v8';

/**
 * This thread's heap in use (MB), for the debug statistics. When they are on and node runs with `--expose-gc`
 * (the robustness soak), after a full collection: what the thread keeps, not the garbage a busy thread has not
 * collected yet (20,000 fast edits leave 100–150 MB of it, which V8 collects when it needs the room).
 */
export function heapInUseMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (process.env.WA_POLICY_DEBUG_STATS && gc) gc();
  return getHeapStatistics().used_heap_size / 1048576;
}
