'use strict';
// Small statistics and formatting helpers for the benchmark, plus a seeded PRNG
// so every generator is deterministic.

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n); // 0..n-1
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  next.chance = (p) => next() < p;
  next.hex = (len) => {
    let s = '';
    for (let i = 0; i < len; i++) s += '0123456789abcdef'[Math.floor(next() * 16)];
    return s;
  };
  next.uuid = () =>
    `${next.hex(8)}-${next.hex(4)}-5${next.hex(3)}-${'89ab'[next.int(4)]}${next.hex(3)}-${next.hex(12)}`;
  return next;
}

/** Nearest-rank percentile of an array of numbers (p in 0..100). */
function percentile(values, p) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

function summary(values) {
  if (!values.length) return { n: 0, p50: NaN, p95: NaN, max: NaN, min: NaN, mean: NaN };
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    n: values.length,
    min: Math.min(...values),
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
    mean: sum / values.length,
  };
}

function ms(v, digits = 1) {
  if (v === undefined || v === null || Number.isNaN(v)) return 'n/a';
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  if (v < 1) return `${v.toFixed(3)} ms`;
  return `${v.toFixed(digits)} ms`;
}

function mb(kb) {
  if (kb === undefined || kb === null || Number.isNaN(kb)) return 'n/a';
  return `${(kb / 1024).toFixed(1)} MB`;
}

function ratio(value, target) {
  if (value === undefined || value === null || Number.isNaN(value)) return 'n/a';
  return `${(value / target).toFixed(2)}x of target`;
}

/** Round numbers in an object tree for JSON output. */
function round(obj, digits = 3) {
  if (typeof obj === 'number') return Number.isFinite(obj) ? Number(obj.toFixed(digits)) : null;
  if (Array.isArray(obj)) return obj.map((o) => round(o, digits));
  if (obj && typeof obj === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(obj)) out[k] = round(v, digits);
    return out;
  }
  return obj;
}

module.exports = { rng, percentile, summary, ms, mb, ratio, round };
