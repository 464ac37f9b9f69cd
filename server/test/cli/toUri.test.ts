import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { toUri } from '../../src/model/uri';

/** Paths built from characters that URLs keep and those they encode, with dot segments and doubled slashes. */
function randomPaths(n: number, seed = 7): string[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts = ['a', 'Zz', '0', '_', '-', '~', '.', '..', '...', ' ', '%', '#', '?', 'é', '\\', '', 'x.y', '日本'];
  const out: string[] = ['/', '/a', '/a/', '/a/./b', '/a/../b', '//a', '/.a', '/a..b'];
  for (let i = 0; i < n; i++) {
    let p = '';
    const segments = 1 + Math.floor(next() * 5);
    for (let s = 0; s < segments; s++) {
      p += '/';
      for (let k = Math.floor(next() * 3); k >= 0; k--) p += parts[Math.floor(next() * parts.length)];
    }
    out.push(p);
  }
  return out;
}

test('toUri gives what pathToFileURL gives, on its fast path and off it', () => {
  for (const p of randomPaths(20_000)) assert.equal(toUri(p), pathToFileURL(p).href, JSON.stringify(p));
});
