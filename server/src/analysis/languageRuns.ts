// Sums of section tallies for the language vote of an edited prompt (perf16): the vote of the sums equals the vote
// of the parts, so unchanged runs of sections are added up once.
import { sumTallies, type LanguageTally } from './language';

/** Sums of runs of consecutive tallies, by the run's first tally (a run is kept while its members are the same). */
const runSums = new WeakMap<LanguageTally, { members: LanguageTally[]; sum: LanguageTally }>();
/** A run ends after a tally whose `known` count is a multiple of RUN_MARK, or after RUN_MAX tallies. */
const RUN_MARK = 16;
const RUN_MAX = 48;

/**
 * The tallies of a document's sections summed in runs, each run's sum kept from the last join while its sections
 * are the same objects (the section cache keeps an unchanged section's object): the vote then adds up one sum per
 * run instead of ~1,000 section tallies on each edit of a long prompt. A run ends at a section chosen by its own
 * counts (not by its index), so an inserted or removed section changes the runs around it only.
 */
export function runTallies(tallies: readonly LanguageTally[]): LanguageTally[] {
  if (tallies.length <= RUN_MAX) return tallies as LanguageTally[];
  const out: LanguageTally[] = [];
  let from = 0;
  for (let i = 0; i < tallies.length; i++) {
    const t = tallies[i];
    if (i + 1 < tallies.length && t.known % RUN_MARK !== RUN_MARK - 1 && i + 1 - from < RUN_MAX) continue;
    const first = tallies[from];
    const kept = runSums.get(first);
    let same = kept !== undefined && kept.members.length === i + 1 - from;
    for (let k = from; same && k <= i; k++) same = kept!.members[k - from] === tallies[k];
    if (same) out.push(kept!.sum);
    else {
      const members = tallies.slice(from, i + 1);
      const sum = sumTallies(members);
      runSums.set(first, { members, sum });
      out.push(sum);
    }
    from = i + 1;
  }
  return out;
}
