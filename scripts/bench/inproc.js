#!/usr/bin/env node
'use strict';
/*
 * The formats bench's edits, linted in-process (no LSP, no scheduler): per-edit times of `service.lint`,
 * with the garbage collections that ran during each (PerformanceObserver 'gc'), to find what makes some
 * edits slow. Run it with the server's V8 flags to see what the server sees:
 *
 *   node --max-semi-space-size=4 --heap-growing-percent=20 scripts/bench/inproc.js [--format "system prompt,Rasa"]
 *        [--edits 200] [--slow 10] [--json] [--src <another checkout's root, to compare>] [--profile <dir>]
 */
const fs = require('fs');
const path = require('path');
const { performance, PerformanceObserver, constants } = require('perf_hooks');
const { FORMATS } = require('./gen-formats');
const { buildEdits, applyEdit } = require('./edits');
const { rng, summary } = require('./stats');
const { tempDir, removeDir } = require('./cleanup');

const ROOT = path.resolve(__dirname, '..', '..');

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
}

/** The service bundled from the sources of `root` (this checkout, or another one to compare with: --src). */
async function bundle(root) {
  const { lexiconsPlugin } = require(path.join(root, 'esbuild.js'));
  const outfile = path.join(tempDir('inproc-bundle'), 'service.js');
  await require('esbuild').build({
    plugins: [lexiconsPlugin],
    stdin: {
      contents: fs.readFileSync(path.join(__dirname, 'service-entry.ts'), 'utf8').replace(/'\.\.\/\.\.\//g, "'./"),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    mainFields: ['module', 'main'],
    loader: { '.yaml': 'text' },
    logLevel: 'silent',
  });
  return require(outfile);
}

/** --profile <dir>: a CPU profile of the edits alone (not the bundle, not the first lint), one file per format. */
function profileStart() {
  if (!arg('--profile')) return undefined;
  const session = new (require('inspector').Session)();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  // What the edits allocate, garbage included (sampled every 32 KB): where the GC work comes from.
  const all = { includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  session.post('HeapProfiler.startSampling', { samplingInterval: 32768, ...all });
  return session;
}

function profileStop(session, name) {
  if (!session) return;
  const dir = arg('--profile');
  const file = (ext) => path.join(dir, `${name.replace(/\W+/g, '-')}.${ext}`);
  fs.mkdirSync(dir, { recursive: true });
  session.post('Profiler.stop', (err, res) => {
    if (err) throw err;
    fs.writeFileSync(file('cpuprofile'), JSON.stringify(res.profile));
    session.post('HeapProfiler.stopSampling', (err2, heap) => {
      if (err2) throw err2;
      fs.writeFileSync(file('heapprofile'), JSON.stringify(heap.profile));
      session.disconnect();
    });
  });
}

/** Bytes used per heap space (old, large objects, new) and outside the heap (array buffers). */
function spaces() {
  const out = { arrayBuffers: process.memoryUsage().arrayBuffers };
  for (const sp of require('v8').getHeapSpaceStatistics()) out[sp.space_name] = sp.space_used_size;
  return out;
}

const GC_KIND = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** One format's edits: per edit its lint time and the GC time (by kind) that fell inside it. */
async function runFormat(svc, name, make, edits) {
  const dir = tempDir(`inproc-${name.replace(/\W+/g, '-')}`);
  try {
    const spec = make(dir);
    const uri = svc.toUri(spec.file);
    const overlay = new Map([[uri, spec.text]]);
    const disk = svc.createFsHost();
    const host = { ...disk, readFile: (u) => (overlay.has(u) ? overlay.get(u) : disk.readFile(u)) };
    const service = svc.createPolicyService({ host, maxFindingsPerFile: 100 });
    const t0 = performance.now();
    const first = service.lint(uri);
    const openMs = performance.now() - t0;
    const list = buildEdits(spec.text, spec.pick, edits, rng(spec.seed));
    let doc = spec.text;
    const gcs = [];
    const obs = new PerformanceObserver((l) => gcs.push(...l.getEntries()));
    obs.observe({ entryTypes: ['gc'] });
    const rows = [];
    const profiler = profileStart();
    for (const e of list) {
      // A turn of the event loop between edits, as the server has while it waits for the next message (V8 runs
      // its incremental marking tasks there).
      await new Promise((ok) => setImmediate(ok));
      doc = applyEdit(doc, e);
      overlay.set(uri, doc);
      service.invalidate(uri);
      const before = spaces();
      const c = process.cpuUsage();
      const a = performance.now();
      const r = service.lint(uri);
      const ms = performance.now() - a;
      const cpu = process.cpuUsage(c);
      const after = spaces();
      const grew = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
      rows.push({
        label: e.label,
        start: a,
        ms,
        cpu: (cpu.user + cpu.system) / 1000,
        grew,
        findings: r ? r.findings.length : -1,
      });
    }
    profileStop(profiler, name);
    return new Promise((ok) =>
      setTimeout(() => {
        obs.disconnect();
        for (const g of gcs) {
          const row = rows.find((r) => g.startTime >= r.start && g.startTime < r.start + r.ms);
          if (!row) continue;
          const k = GC_KIND[g.detail ? g.detail.kind : g.kind] || 'other';
          row.gc = row.gc || {};
          row.gc[k] = (row.gc[k] || 0) + g.duration;
          row.gcCount = row.gcCount || {};
          row.gcCount[k] = (row.gcCount[k] || 0) + 1;
        }
        if (global.gc) global.gc();
        const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
        if (arg('--snapshot')) require('v8').writeHeapSnapshot(arg('--snapshot'));
        ok({ name, lines: spec.text.split('\n').length, openMs, findingsAtOpen: first.findings.length, rows, heapMb });
      }, 200),
    );
  } finally {
    removeDir(dir);
  }
}

function report(res, slowN) {
  const ms = res.rows.map((r) => r.ms);
  const S = summary(ms);
  const C = summary(res.rows.map((r) => r.cpu));
  const gcOf = (r, k) => (r.gc && r.gc[k]) || 0;
  const gcTotal = (r) => Object.values(r.gc || {}).reduce((a, b) => a + b, 0);
  const total = ms.reduce((a, b) => a + b, 0);
  const gcAll = res.rows.reduce((a, r) => a + gcTotal(r), 0);
  const count = (k) => res.rows.reduce((a, r) => a + ((r.gcCount && r.gcCount[k]) || 0), 0);
  const gcMs = (k) => res.rows.reduce((a, r) => a + gcOf(r, k), 0);
  console.log(
    `${res.name.padEnd(15)} ${String(res.lines).padStart(5)} lines  open ${res.openMs.toFixed(0)} ms  findings ${res.findingsAtOpen}→${res.rows[res.rows.length - 1].findings}  ` +
      `p50 ${S.p50.toFixed(1)}  p95 ${S.p95.toFixed(1)}  max ${S.max.toFixed(1)} ms  CPU p50 ${C.p50.toFixed(1)} p95 ${C.p95.toFixed(1)}  GC ${((100 * gcAll) / total).toFixed(0)}% of lint time (${count('major')} major ${gcMs('major').toFixed(0)} ms, ${count('minor')} minor ${gcMs('minor').toFixed(0)} ms)${res.heapMb ? `  heap after ${res.heapMb.toFixed(1)} MB` : ''}  max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  // What an edit leaves in the old generation (promoted objects, large objects) when no major GC ran in it.
  const calm = res.rows.filter((r) => !(r.gcCount && (r.gcCount.major || r.gcCount.incremental)));
  const mean = (k) => calm.reduce((a, r) => a + (r.grew[k] || 0), 0) / Math.max(1, calm.length) / 1024;
  console.log(
    `    per edit without a major GC (${calm.length}): old space +${mean('old_space').toFixed(0)} KB, large objects +${mean('large_object_space').toFixed(0)} KB, array buffers +${mean('arrayBuffers').toFixed(0)} KB`,
  );
  const slow = [...res.rows].sort((a, b) => b.cpu - a.cpu).slice(0, slowN);
  for (const r of slow)
    console.log(
      `    ${r.ms.toFixed(1).padStart(7)} ms  cpu ${r.cpu.toFixed(1).padStart(6)}  ${r.label.padEnd(10)} gc major ${gcOf(r, 'major').toFixed(1)}  minor ${gcOf(r, 'minor').toFixed(1)}  incremental ${gcOf(r, 'incremental').toFixed(1)}`,
    );
}

async function main() {
  const only = arg('--format', '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const edits = Number(arg('--edits', 200));
  const slowN = Number(arg('--slow', 5));
  const svc = await bundle(path.resolve(arg('--src', ROOT)));
  const out = [];
  for (const [name, make] of FORMATS) {
    if (only.length && !only.includes(name)) continue;
    const res = await runFormat(svc, name, make, edits);
    out.push(res);
    if (!process.argv.includes('--json')) report(res, slowN);
  }
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
