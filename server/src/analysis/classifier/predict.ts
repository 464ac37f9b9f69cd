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

/** Words whose summed feature rows are kept per model (a few hundred KB; cleared when full). */
const MAX_WORDS = 20_000;

/**
 * Per model, each word's summed int8 weight rows (its own feature and its character n-grams) and, last,
 * its feature count. The weights are integers, so sums in any order are exact: a clause scores
 * exactly as feature by feature, and a word met before costs one look-up instead of ~3 per character.
 */
const wordRows = new WeakMap<DecodedModel, Map<string, Int32Array>>();

function wordRow(model: DecodedModel, cache: Map<string, Int32Array>, w: string): Int32Array {
  const hit = cache.get(w);
  if (hit) return hit;
  const L = model.labels.length;
  const row = new Int32Array(L + 1);
  row[L] = visitWord(w, (f) => addRow(model, row, f));
  if (cache.size >= MAX_WORDS) cache.clear();
  cache.set(w, row);
  return row;
}

function addRow(model: DecodedModel, acc: Int32Array | Float64Array, f: number): void {
  const r = model.rowOf[f];
  if (r < 0) return;
  const L = model.labels.length;
  const base = r * L;
  for (let k = 0; k < L; k++) acc[k] += model.weights[base + k];
}

export function predict(model: DecodedModel, text: string): ClauseClass {
  const L = model.labels.length;
  const acc = new Float64Array(L);
  let cache = wordRows.get(model);
  if (!cache) wordRows.set(model, (cache = new Map()));
  // The same features as forEachFeature (features.ts): first and last word, then each word and bigram.
  const ws = words(normalizeClause(text));
  let count = 0;
  if (ws.length) {
    addRow(model, acc, firstFeature(ws[0]));
    addRow(model, acc, lastFeature(ws[ws.length - 1]));
    count += 2;
  }
  for (let i = 0; i < ws.length; i++) {
    const row = wordRow(model, cache, ws[i]);
    for (let k = 0; k < L; k++) acc[k] += row[k];
    count += row[L];
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
