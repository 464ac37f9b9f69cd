/** Scoring a clause against a decoded model: sparse dot products, then softmax. */

import { forEachFeature } from './features';
import type { DecodedModel } from './modelFile';
import type { ClauseLabel } from './labels';

export interface ClauseClass {
  label: ClauseLabel;
  /** Probability of `label`, 0–1. */
  score: number;
  scores: Record<ClauseLabel, number>;
}

export function predict(model: DecodedModel, text: string): ClauseClass {
  const L = model.labels.length;
  const acc = new Float64Array(L);
  const { rowOf, weights } = model;
  const count = forEachFeature(text, (f) => {
    const r = rowOf[f];
    if (r < 0) return;
    const base = r * L;
    for (let k = 0; k < L; k++) acc[k] += weights[base + k];
  });
  const norm = count ? 1 / Math.sqrt(count) : 0;
  let max = -Infinity;
  for (let k = 0; k < L; k++) {
    acc[k] = acc[k] * model.scale[k] * norm + model.bias[k];
    if (acc[k] > max) max = acc[k];
  }
  let sum = 0;
  for (let k = 0; k < L; k++) sum += (acc[k] = Math.exp(acc[k] - max));
  let best = 0;
  const scores = {} as Record<ClauseLabel, number>;
  for (let k = 0; k < L; k++) {
    acc[k] /= sum;
    scores[model.labels[k]] = acc[k];
    if (acc[k] > acc[best]) best = k;
  }
  return { label: model.labels[best], score: acc[best], scores };
}
