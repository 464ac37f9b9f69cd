import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by server.ts, before anything allocates much.
 *
 * V8's allocation-site pretenuring watches which object/array literals survive young-generation
 * collections and, once a site's objects mostly survive, allocates that site's objects straight
 * into old space. The server trips it at start-up: the first parse of a workspace (YAML/JSON
 * nodes, model objects, lexicons) is long-lived, so those sites get pretenured. Every later edit
 * then re-parses a piece and rebuilds the model from the same sites, and that per-edit garbage
 * lands in old space, where it piles up until a major GC (tens of MB over a few hundred edits
 * of a 2,500-line Rasa flows.yml). Without pretenuring the per-edit objects die young.
 *
 * The flag is read at every GC, so setting it at run time takes effect (unlike heap-size flags).
 */
try {
  setFlagsFromString('--no-allocation-site-pretenuring');
} catch {
  // Not fatal: only memory use is affected.
}
