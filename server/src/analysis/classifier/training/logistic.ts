/**
 * Multinomial logistic regression on hashed sparse features, trained with AdaGrad and L2 decay
 * in a shuffled order fixed by a seeded PRNG: the same examples give the same weights, bit for bit.
 */

import { clauseFeatures } from '../features';
import { CLAUSE_LABELS, type ClauseLabel } from '../labels';

export interface TrainOptions {
  hashBits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { hashBits: 18, epochs: 25, learningRate: 0.4, l2: 1e-3, seed: 20261204 };

interface Example {
  idx: Int32Array;
  val: Float64Array;
  y: number;
}

/** Duplicate occurrences summed, each weighing 1/sqrt(occurrences) as at inference. */
function toExample(text: string, label: ClauseLabel): Example {
  const feats = clauseFeatures(text);
  const counts = new Map<number, number>();
  for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const norm = feats.length ? 1 / Math.sqrt(feats.length) : 0;
  const idx = Int32Array.from(counts.keys());
  const val = Float64Array.from(counts.values(), (c) => c * norm);
  return { idx, val, y: CLAUSE_LABELS.indexOf(label) };
}

/** Deterministic PRNG: the same seed gives the same sequence in [0, 1) (also used by tests). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

export interface TrainedWeights {
  weights: Float64Array;
  bias: Float64Array;
}

export function train(
  data: { text: string; label: ClauseLabel }[],
  opt: TrainOptions = DEFAULT_OPTIONS,
): TrainedWeights {
  const L = CLAUSE_LABELS.length;
  const examples = data.map((d) => toExample(d.text, d.label));
  const w = new Float64Array((1 << opt.hashBits) * L);
  const g2 = new Float64Array(w.length);
  const bias = new Float64Array(L);
  const bg2 = new Float64Array(L);
  const p = new Float64Array(L);
  const rand = mulberry32(opt.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const ex = examples[i];
      let max = -Infinity;
      for (let k = 0; k < L; k++) {
        let s = bias[k];
        for (let j = 0; j < ex.idx.length; j++) s += w[ex.idx[j] * L + k] * ex.val[j];
        p[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < L; k++) sum += p[k] = Math.exp(p[k] - max);
      for (let k = 0; k < L; k++) {
        const g = p[k] / sum - (k === ex.y ? 1 : 0);
        bg2[k] += g * g;
        bias[k] -= (opt.learningRate * g) / Math.sqrt(bg2[k] + 1e-8);
        for (let j = 0; j < ex.idx.length; j++) {
          const at = ex.idx[j] * L + k;
          const gw = g * ex.val[j] + opt.l2 * w[at];
          g2[at] += gw * gw;
          w[at] -= (opt.learningRate * gw) / Math.sqrt(g2[at] + 1e-8);
        }
      }
    }
  }
  return { weights: w, bias };
}
