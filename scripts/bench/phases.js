'use strict';
// Where an edit's time goes: the server's phase-timing lines (WA_POLICY_TRACE_PHASES=1,
// server/src/service/phaseTrace.ts) put into the edits whose didChange → publishDiagnostics window they fall in.
const { performance } = require('perf_hooks');

const PHASES = ['parse', 'analysis', 'rules', 'findings', 'serialise', 'publish'];
const GCS = ['minor', 'major', 'incremental'];

/** The epoch time of a bench-side `performance.now()` (the server's trace lines are on the epoch clock). */
const epochOf = (t) => performance.timeOrigin + t;

/**
 * Per edit ({ sent, received } on the epoch clock, `ms` its latency), the traced time of each phase of the lints
 * of `uri` that started in its window, the garbage collections of any server thread in it (by kind), and `other`:
 * the latency not inside a traced phase (waiting for the scheduler or the worker, messages, the JSON-RPC write).
 */
function attribute(perEdit, traces, uri) {
  const lints = traces.filter((t) => t.uri === uri).sort((a, b) => a.start - b.start);
  const gcs = traces.filter((t) => t.gc).sort((a, b) => a.start - b.start);
  return perEdit.map((e) => {
    const row = { ms: e.ms, lints: 0 };
    for (const k of [...PHASES, ...GCS]) row[k] = 0;
    let first = Infinity;
    let last = -Infinity;
    for (const t of lints) {
      if (t.start < e.sent || t.start > e.received) continue;
      if (t.ms !== undefined) row.lints++;
      first = Math.min(first, t.start);
      last = Math.max(last, t.start + PHASES.reduce((a, k) => a + (t[k] || 0), 0));
      for (const k of PHASES) row[k] += t[k] || 0;
    }
    // Before the lint started (the didChange read and applied, the scheduler's wait, the worker's message) and
    // after the last traced step (the JSON-RPC write, the worker's reply, the pipe).
    row.before = first === Infinity ? 0 : Math.max(0, first - e.sent);
    row.after = last === -Infinity ? 0 : Math.max(0, e.received - last);
    for (const g of gcs) if (g.start >= e.sent && g.start <= e.received && row[g.gc] !== undefined) row[g.gc] += g.ms;
    row.other = Math.max(0, e.ms - PHASES.reduce((a, k) => a + row[k], 0));
    return row;
  });
}

const mean = (rows, k) => rows.reduce((a, r) => a + r[k], 0) / Math.max(1, rows.length);
const f1 = (x) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

/** Two lines: the mean split of the median half of the edits, and of the slowest 5% (what makes the p95). */
function describe(rows) {
  if (!rows.length || !rows.some((r) => r.lints)) return [];
  const sorted = [...rows].sort((a, b) => a.ms - b.ms);
  const n = sorted.length;
  const middle = sorted.slice(Math.floor(n * 0.25), Math.ceil(n * 0.75));
  const tail = sorted.slice(Math.floor(n * 0.95));
  const line = (name, part) =>
    `${name} (${part.length}): ${f1(mean(part, 'ms'))} ms = ` +
    [...PHASES, 'other'].map((k) => `${k} ${f1(mean(part, k))}`).join(' + ') +
    `; other = before the lint ${f1(mean(part, 'before'))} + after the last step ${f1(mean(part, 'after'))} + between` +
    `; GC in it: ${GCS.map((k) => `${k} ${f1(mean(part, k))}`).join(', ')} ms`;
  return [line('middle half', middle), line('slowest 5%', tail)];
}

module.exports = { attribute, describe, epochOf, PHASES, GCS };
