/**
 * The weights file: int8 weights of the non-zero feature rows with one scale per label, row indices
 * as base-128 varint deltas, both base64. Encoding lives here too, so training and inference share
 * one definition of the format.
 */

import { CLAUSE_LABELS, type ClauseLabel } from './labels';

export const MODEL_FORMAT = 1;

export interface ModelFile {
  format: number;
  hashBits: number;
  labels: string[];
  /** sha256 of the clause bank the weights were trained on (see training/bank.ts). */
  bankHash: string;
  trainingSize: number;
  /** Non-zero feature rows stored. */
  rows: number;
  bias: number[];
  scale: number[];
  /** base64 of the varint-encoded gaps between successive row indices. */
  index: string;
  /** base64 of rows × labels int8 weights, row-major. */
  weights: string;
}

export interface DecodedModel {
  labels: readonly ClauseLabel[];
  /** Row of each hashed feature, or -1. */
  rowOf: Int32Array;
  weights: Int8Array;
  bias: Float64Array;
  scale: Float64Array;
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function decodeModel(file: ModelFile): DecodedModel {
  if (file.format !== MODEL_FORMAT) throw new Error(`classifier weights: unknown format ${file.format}`);
  if (file.labels.join() !== CLAUSE_LABELS.join()) throw new Error('classifier weights: label set differs from the code');
  const L = CLAUSE_LABELS.length;
  const rowOf = new Int32Array(1 << file.hashBits).fill(-1);
  const gaps = fromBase64(file.index);
  let pos = 0;
  let feature = -1;
  for (let r = 0; r < file.rows; r++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = gaps[pos++];
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    feature += gap;
    rowOf[feature] = r;
  }
  const bytes = fromBase64(file.weights);
  if (bytes.length !== file.rows * L || pos !== gaps.length) throw new Error('classifier weights: corrupt file');
  return {
    labels: CLAUSE_LABELS,
    rowOf,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    bias: Float64Array.from(file.bias),
    scale: Float64Array.from(file.scale),
  };
}

export interface EncodeInput {
  hashBits: number;
  bankHash: string;
  trainingSize: number;
  /** Dense float weights, feature-major: w[f * labels + k]. */
  weights: Float64Array;
  bias: Float64Array;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Quantises to int8 per label and keeps only rows with a non-zero weight. */
export function encodeModel(m: EncodeInput): ModelFile {
  const L = CLAUSE_LABELS.length;
  const dim = 1 << m.hashBits;
  const scale = new Array<number>(L).fill(0);
  for (let f = 0; f < dim; f++) for (let k = 0; k < L; k++) scale[k] = Math.max(scale[k], Math.abs(m.weights[f * L + k]));
  for (let k = 0; k < L; k++) scale[k] = round6(scale[k] / 127) || 1;
  const q: number[] = [];
  const gaps: number[] = [];
  let last = -1;
  let rows = 0;
  const row = new Int8Array(L);
  for (let f = 0; f < dim; f++) {
    let any = false;
    for (let k = 0; k < L; k++) {
      row[k] = Math.max(-127, Math.min(127, Math.round(m.weights[f * L + k] / scale[k])));
      any ||= row[k] !== 0;
    }
    if (!any) continue;
    for (let gap = f - last; ; gap >>>= 7) {
      if (gap < 0x80) { gaps.push(gap); break; }
      gaps.push((gap & 0x7f) | 0x80);
    }
    last = f;
    rows++;
    for (let k = 0; k < L; k++) q.push(row[k] & 0xff);
  }
  return {
    format: MODEL_FORMAT,
    hashBits: m.hashBits,
    labels: [...CLAUSE_LABELS],
    bankHash: m.bankHash,
    trainingSize: m.trainingSize,
    rows,
    bias: Array.from(m.bias, round6),
    scale,
    index: toBase64(Uint8Array.from(gaps)),
    weights: toBase64(Uint8Array.from(q)),
  };
}
