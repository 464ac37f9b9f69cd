/**
 * The section cache keeps the sections the last join used and, past a budget, drops the least recently joined
 * others at the end of a join: 300 edits of a 300-line prompt leave about the prompt's own tokens plus the
 * budget, not the whole cache's bound; the sections an edit did not touch are the same objects join after join.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SectionCache } from '../../src/analysis/sectionCache';
import { sectionStarts } from '../../src/analysis/sections';

const WORDS = ['orders', 'refunds', 'delivery', 'always', 'politely', 'customers', 'returns', 'store'];

function prompt(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++)
    out.push(
      i % 20 === 0 ? '' : `Rule ${i}: help ${WORDS[i % 8]} with ${WORDS[(i * 3) % 8]} and ${WORDS[(i * 5) % 8]}.`,
    );
  return out.join('\n');
}

function join(cache: SectionCache, text: string, stamp: number) {
  const starts = sectionStarts(text);
  const parts = starts.map((s, i) =>
    cache.take(text.slice(s, i + 1 < starts.length ? starts[i + 1] - 1 : text.length), stamp),
  );
  cache.settle(stamp);
  return parts;
}

test("edits leave the last join's sections and a bounded number of older ones", () => {
  const cache = new SectionCache();
  let text = prompt(300);
  const first = join(cache, text, 1);
  const own = cache.stats().tokens;
  let prev = first;
  for (let i = 0; i < 300; i++) {
    const at = text.indexOf(' with ', Math.floor((((i * 7919) % 997) / 997) * text.length));
    if (at < 0) continue;
    text = text.slice(0, at) + ` ${WORDS[i % 8]}${i}` + text.slice(at);
    const parts = join(cache, text, i + 2);
    // All but the edited section come from the cache: the very objects of the previous join.
    const kept = parts.filter((p) => prev.includes(p)).length;
    assert.ok(kept >= parts.length - 1, `edit ${i}: ${kept} of ${parts.length} sections kept`);
    prev = parts;
  }
  const { tokens } = cache.stats();
  assert.ok(tokens <= own * 1.2 + 8_000, `tokens held after 300 edits: ${tokens} (the prompt: ${own})`);
});
