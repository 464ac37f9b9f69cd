import { Session } from 'node:inspector';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/*
 * Imported first by server.ts, before anything allocates much.
 *
 * 1. V8's allocation-site pretenuring watches which object/array literals survive young-generation
 *    collections and, once a site's objects mostly survive, allocates that site's objects straight
 *    into old space. The server trips it at start-up: the first parse of a workspace (YAML/JSON
 *    nodes, model objects, lexicons) is long-lived, so those sites get pretenured. Every later edit
 *    then re-parses a piece and rebuilds the model from the same sites, and that per-edit garbage
 *    lands in old space. The flag is read at every GC, so setting it at run time takes effect
 *    (unlike the heap-size flags).
 *
 * 2. What an edit still promotes (the document text, which is a large object when it holds
 *    non-Latin-1 characters, and whatever is live when a scavenge hits mid-edit) is garbage in old
 *    space, and V8 starts its first major GC only when old space is several times the live size.
 *    Loading the analysis module also grows the young generation to its 2 x 16 MB maximum, and it
 *    never shrinks back on its own. `settleHeap()` asks V8 for a memory-reducing collection (the
 *    one behind the inspector's collectGarbage: full GC, new space shrunk, free pages released)
 *    after the first batch of work, whenever old space has grown by OLD_BUDGET since, and whenever
 *    the young generation has grown back past YOUNG_BUDGET. It costs one 40-60 ms pause every ~20
 *    edits of a large file, after that edit's diagnostics have been sent (Rasa bench: p95 ~10-15 ms
 *    -> ~25 ms, peak RSS ~127 -> ~112 MB). WA_HEAP_DEBUG=1 logs each collection on stderr.
 */
const MB = 1024 * 1024;
const OLD_BUDGET = 8 * MB;
/** The young generation's size as V8 reports it (both semi-spaces): it starts at 1 MB and grows to 32 MB. */
const YOUNG_BUDGET = 16 * MB;

try {
  setFlagsFromString('--no-allocation-site-pretenuring');
} catch {
  // Not fatal: only memory use is affected.
}

let session: Session | undefined;

/** Bytes used in old space (with large objects), and the size the young generation has grown to. */
function heapState(): { old: number; young: number } {
  let old = 0;
  let young = 0;
  for (const s of getHeapSpaceStatistics()) {
    if (s.space_name === 'old_space' || s.space_name === 'large_object_space') old += s.space_used_size;
    else if (s.space_name === 'new_space') young = s.space_size;
  }
  return { old, young };
}

let floor = -1;
let pending = false;

/** Call when a batch of work is done: collects old-space garbage once it exceeds the budget. */
export function settleHeap(): void {
  if (pending) return;
  const { old, young } = heapState();
  if (floor >= 0 && old - floor < OLD_BUDGET && young <= YOUNG_BUDGET) return;
  const t0 = performance.now();
  try {
    if (!session) {
      session = new Session();
      session.connect();
    }
    pending = true;
    // Runs on the inspector's queue, right after the current task (the diagnostics are already sent).
    session.post('HeapProfiler.collectGarbage', () => {
      pending = false;
      floor = heapState().old;
      if (process.env.WA_HEAP_DEBUG) process.stderr.write(`settleHeap ${(performance.now() - t0).toFixed(1)} ms, old ${(floor / MB).toFixed(1)} MB, ${describe()}\n`);
    });
  } catch {
    floor = Number.MAX_SAFE_INTEGER; // No inspector in this build of Node: leave it to V8.
  }
}

function describe(): string {
  return getHeapSpaceStatistics()
    .filter((s) => s.space_size > MB)
    .map((s) => `${s.space_name} ${(s.space_size / MB).toFixed(1)}`)
    .join(', ');
}
