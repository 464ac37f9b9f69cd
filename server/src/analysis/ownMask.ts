import type { Context } from './context';
import type { Category } from './lexicons/types';

const masks = new WeakMap<Context, Map<string, Uint8Array>>();

/**
 * Tokens matched by words of the given categories in the prompt's own languages, once per context: a word of
 * another language does not count ("se" is "if" in Italian, a reflexive in Czech; "dia" a day in Spanish).
 */
export function ownLanguageMask(ctx: Context, ...categories: Category[]): Uint8Array {
  let byKey = masks.get(ctx);
  if (!byKey) masks.set(ctx, (byKey = new Map()));
  const key = categories.join(' ');
  let mask = byKey.get(key);
  if (!mask) {
    mask = new Uint8Array(ctx.doc.tokens.length);
    for (const c of categories)
      for (const x of ctx.doc.matches[c]) if (ctx.languages.includes(x.pattern.lang)) mask.fill(1, x.from, x.to);
    byKey.set(key, mask);
  }
  return mask;
}
