/**
 * What a qualified grant is "about" is itself a list of unrelated task domains ("no topic limits — ask about work,
 * college, cooking, coding", "layan apa-apa pasal bola, resepi, kerja sekolah"): two task domains or more in its
 * sentence right after it are no business domain (grants.ts keeps such a grant open).
 */

import type { Context } from './context';
import type { Match } from './matcher';
import { firstNotBefore } from './search';

/** Reach (tokens) after a phrase in which the task domains of its object are counted. */
const OBJECT_LIST_REACH = 16;

export function unrelatedDomainsAfter(ctx: Context, m: Match): boolean {
  const { sentence } = ctx.doc.structure;
  const tasks = ctx.doc.matches.task;
  const domains = new Set<string>();
  for (let i = firstNotBefore(tasks.length, (k) => tasks[k].from < m.to); i < tasks.length; i++) {
    const t = tasks[i];
    if (t.from > m.to + OBJECT_LIST_REACH) break;
    if (t.pattern.domain && sentence[t.from] === sentence[m.from]) domains.add(t.pattern.domain);
  }
  return domains.size >= 2;
}
