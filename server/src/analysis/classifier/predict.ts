/** Scoring a clause against a decoded model: sparse dot products, then softmax. */

import { bigramFeature, firstFeature, lastFeature, normalizeClause, visitWord, words } from './features';
import type { DecodedModel } from './modelFile';
import type { ClauseLabel } from './labels';

export interface ClauseClass {
  label: ClauseLabel;
  /** Probability of `label`, 0–1. */
  score: number;
  scores: Record<ClauseLabel, number>;
}

/** Words whose summed feature rows are kept per model (one arena of ~650 KB; emptied when full). */
const MAX_WORDS = 16_384;

/**
 * Per model, each word's summed int8 weight rows (its own feature and its character n-grams) and, last,
 * its feature count, in one arena (no object per word). The weights are integers, so sums in any order
 * are exact: a clause scores exactly as feature by feature, and a word met before costs one look-up
 * instead of ~3 per character.
 */
interface WordRows {
  at: Map<string, number>;
  arena: Int32Array;
}
const wordRows = new WeakMap<DecodedModel, WordRows>();

/** Offset in the arena of the word's row (L sums, then the count). */
function wordRow(model: DecodedModel, rows: WordRows, w: string): number {
  const hit = rows.at.get(w);
  if (hit !== undefined) return hit;
  const L = model.labels.length;
  if (rows.at.size >= MAX_WORDS) rows.at.clear();
  const base = rows.at.size * (L + 1);
  const { arena } = rows;
  arena.fill(0, base, base + L);
  arena[base + L] = visitWord(w, (f) => addRow(model, arena, f, base));
  rows.at.set(w, base);
  return base;
}

/** Adds feature f's weight row to acc[at], … acc[at + L - 1]. */
function addRow(model: DecodedModel, acc: Int32Array | Float64Array, f: number, at = 0): void {
  const r = model.rowOf[f];
  if (r < 0) return;
  const L = model.labels.length;
  const base = r * L;
  for (let k = 0; k < L; k++) acc[at + k] += model.weights[base + k];
}

export function predict(model: DecodedModel, text: string): ClauseClass {
  const L = model.labels.length;
  const acc = new Float64Array(L);
  let rows = wordRows.get(model);
  if (!rows) wordRows.set(model, (rows = { at: new Map(), arena: new Int32Array(MAX_WORDS * (L + 1)) }));
  const { arena } = rows;
  // The same features as forEachFeature (features.ts): first and last word, then each word and bigram.
  const ws = words(normalizeClause(text));
  let count = 0;
  if (ws.length) {
    addRow(model, acc, firstFeature(ws[0]));
    addRow(model, acc, lastFeature(ws[ws.length - 1]));
    count += 2;
  }
  for (let i = 0; i < ws.length; i++) {
    const base = wordRow(model, rows, ws[i]);
    for (let k = 0; k < L; k++) acc[k] += arena[base + k];
    count += arena[base + L];
    if (i + 1 < ws.length) {
      addRow(model, acc, bigramFeature(ws[i], ws[i + 1]));
      count++;
    }
  }
  const norm = count ? 1 / Math.sqrt(count) : 0;
  let max = -Infinity;
  for (let k = 0; k < L; k++) {
    acc[k] = acc[k] * model.scale[k] * norm + model.bias[k];
    if (acc[k] > max) max = acc[k];
  }
  let sum = 0;
  for (let k = 0; k < L; k++) sum += acc[k] = Math.exp(acc[k] - max);
  let best = 0;
  const scores = {} as Record<ClauseLabel, number>;
  for (let k = 0; k < L; k++) {
    acc[k] /= sum;
    scores[model.labels[k]] = acc[k];
    if (acc[k] > acc[best]) best = k;
  }
  return { label: model.labels[best], score: acc[best], scores };
}
