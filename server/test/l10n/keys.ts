import assert from 'node:assert/strict';

export const LOCALES = ['es', 'pt-br', 'id', 'zh-cn', 'zh-tw', 'ar', 'de', 'hi', 'fr', 'tr'];

/** Every key of `reference` is in `other` with the same placeholders, and `other` has no key of its own. */
export function assertSameKeys(
  name: string,
  reference: Record<string, string>,
  other: Record<string, string>,
  holes: (s: string) => string[],
): void {
  const missing = Object.keys(reference).filter((k) => typeof other[k] !== 'string' || !other[k].trim());
  assert.deepEqual(missing, [], `${name}: missing keys`);
  const extra = Object.keys(other).filter((k) => !(k in reference));
  assert.deepEqual(extra, [], `${name}: keys English does not have`);
  for (const k of Object.keys(reference))
    assert.deepEqual(holes(other[k]), holes(reference[k]), `${name}: placeholders of '${k}'`);
}
