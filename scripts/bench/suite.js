'use strict';
// The benchmarks of issue 12: an edit table over every format (files with findings), the same
// Rasa edits against yaml-language-server, and memory / throughput at 1, 2,000 and 20,000 files.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');
const { LspClient, readProcMem, fileUri, positionAt } = require('./lsp-client');
const { summary, ms, mb } = require('./stats');
const { tempDir, removeDir } = require('./cleanup');
const { FORMATS } = require('./gen-formats');
const { generateWorkspace } = require('./gen-workspace');
const { generatePrompt, promptEditSites } = require('./gen-prompt');
const { buildEdits, applyEdit } = require('./edits');
const { rng } = require('./stats');

const ROOT = path.resolve(__dirname, '..', '..');
const EDIT_P95_MS = 16;
const YAMLLS_RATIO = 20;
const load = () =>
  require('os')
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Every format, edited on a file with findings. */
async function formatsBench({ editBench, say, opts }) {
  const rows = [];
  for (const [name, make] of FORMATS) {
    if (opts.formatRows && !opts.formatRows.includes(name)) continue;
    const dir = tempDir(`fmt-${name.replace(/\W+/g, '-')}`);
    try {
      const res = await editBench(make(dir));
      rows.push(res);
      const L = res.latency || {};
      say(
        `   ${name.padEnd(15)} ${String(res.lines).padStart(5)} lines  findings ${res.diagnosticsAtOpen ?? '?'}→${res.diagnosticsAtEnd ?? '?'}  p50 ${ms(L.p50).padStart(8)}  p95 ${ms(L.p95).padStart(8)}  p95/${EDIT_P95_MS}ms ${L.p95 ? (L.p95 / EDIT_P95_MS).toFixed(2) : 'n/a'}${res.timeouts ? `  ${res.timeouts} timeouts` : ''}${res.error ? `  ERROR ${res.error}` : ''}  (load ${load()})`,
      );
      if (res.perEdit && res.perEdit.length) say(`${' '.repeat(21)}${slowest(res.perEdit)}`);
      for (const line of res.phaseSummary || []) say(`${' '.repeat(21)}${line}`);
    } finally {
      removeDir(dir);
    }
  }
  return rows;
}

/** The share of edits over the target and the slowest few, with what each edit was. */
function slowest(perEdit) {
  const over = perEdit.filter((e) => e.ms > EDIT_P95_MS).length;
  const top = [...perEdit].sort((a, b) => b.ms - a.ms).slice(0, 4);
  return `over ${EDIT_P95_MS} ms: ${over}/${perEdit.length}; slowest ${top.map((e) => `${ms(e.ms)} (${e.label})`).join(', ')}`;
}

/** The 2,500-line Rasa flows.yml with its finding, edited with our server and with yaml-language-server. */
async function yamlLsBench({ editBench, say }, ours) {
  const rasa = FORMATS.find(([n]) => n === 'Rasa')[1];
  const bin = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  if (!fs.existsSync(bin)) return say('   yaml-language-server not installed (npm ci): skipped');
  const dir = tempDir('yamlls');
  try {
    const spec = rasa(dir);
    const schemas = { [fileUri(path.join(ROOT, 'schemas', 'rasa-flows.schema.json'))]: ['**/data/flows.yml'] };
    const yaml = { validate: true, hover: false, completion: false, schemaStore: { enable: false }, schemas };
    spec.server = {
      path: bin,
      args: ['--stdio'],
      settings: { yaml },
      configResponse: (section) =>
        section === 'yaml' ? yaml : section && section.startsWith('yaml.') ? (yaml[section.slice(5)] ?? null) : null,
    };
    const theirs = await editBench(spec);
    const mine = ours || (await editBench(rasa(tempDir('yamlls-ours'))));
    const T = theirs.latency || {};
    const M = mine.latency || {};
    say(
      `   yaml-language-server (JSON Schema validation): p50 ${ms(T.p50)}  p95 ${ms(T.p95)}  (${theirs.edits} edits${theirs.versionInPublish ? '' : ', publishes carry no version: timed to the next publish'})`,
    );
    say(`   wa-policy-lint:                                p50 ${ms(M.p50)}  p95 ${ms(M.p95)}`);
    const r = T.p95 && M.p95 ? T.p95 / M.p95 : undefined;
    say(
      `   ratio p95 yaml-language-server / ours = ${r ? r.toFixed(1) : 'n/a'}× (target ≥ ${YAMLLS_RATIO}×; load ${load()})`,
    );
    return { theirs: T, ours: M, ratio: r };
  } finally {
    removeDir(dir);
  }
}

/** A monorepo: bot files among ordinary code, with node_modules and a .gitignored build tree. */
function monorepo(root, total) {
  const bots = Math.max(1, Math.round(total * 0.2));
  const ws = generateWorkspace(path.join(root, 'bots'), { files: bots });
  let n = ws.files.length;
  const code = (i) =>
    `export function handler${i}(event: { body: string }) {\n  return { statusCode: 200, body: JSON.stringify({ ok: true, id: ${i} }) };\n}\n`;
  const put = (rel, text) => {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };
  put('.gitignore', 'dist/\n*.log\n');
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  let i = 0;
  const ignored = Math.round(total * 0.1);
  for (; i < ignored; i++) {
    put(`node_modules/pkg${i % 50}/lib/f${i}.js`, `module.exports = ${i};\n`);
    put(`dist/chunk${i}.js`, code(i));
  }
  while (n < total) {
    const svc = `services/svc${i % 40}/src`;
    put(
      i % 7 === 0 ? `${svc}/README.md` : i % 5 === 0 ? `${svc}/config${i}.json` : `${svc}/h${i}.ts`,
      i % 5 === 0 ? `{"name":"svc${i}","port":${3000 + (i % 100)}}\n` : code(i),
    );
    i++;
    n++;
  }
  return { bots: ws.files.length, files: n, ignoredFiles: 2 * ignored };
}

/** Server memory and edit latency while scanning a workspace of `total` files (0: one open file, no scan). */
async function scanRun({ opts, say, serverArgs, serverEnv }, total) {
  const root = tempDir(`scale-${total}`);
  const out = { total };
  try {
    const ws = total ? monorepo(root, total) : { bots: 0, files: 0 };
    Object.assign(out, ws);
    const client = new LspClient({
      serverPath: path.join(opts.dist, 'server.js'),
      cwd: ROOT,
      nodeArgs: serverArgs,
      env: serverEnv,
    }).start();
    let scanEnd;
    let scanBegin;
    client.on((m, t) => {
      if (m.method === '$/progress' && m.params && m.params.value) {
        if (m.params.value.kind === 'begin') scanBegin = t;
        if (m.params.value.kind === 'end') scanEnd = t;
      }
    });
    try {
      const t0 = performance.now();
      await client.initialize(root, {
        initializationOptions: { workspaceScan: total > 0 },
        timeoutMs: opts.timeout * 4,
      });
      // The scan runs in a child process of the server: its peak is read apart (VmHWM before it exits).
      const scanPeak = setInterval(() => {
        for (const kb of childPeaks(client.pid)) out.scanPeakKb = Math.max(out.scanPeakKb ?? 0, kb);
      }, 250);
      const text = generatePrompt({ lines: 300, seed: 3, business: 1, flavor: 'open' });
      const file = path.join(root, 'open', 'assistant.system.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      const during = await editLoop(client, file, text, () => total > 0 && scanEnd === undefined, opts);
      const deadline = performance.now() + 120000;
      while (total && scanEnd === undefined && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      clearInterval(scanPeak);
      out.scanMs = scanEnd !== undefined ? scanEnd - (scanBegin ?? t0) : undefined;
      out.peakKb = (readProcMem(client.pid) || {}).hwm;
      const after = total ? await editLoop(client, file, null, () => true, opts, 60) : undefined;
      await new Promise((r) => setTimeout(r, 10000)); // idle: V8's memory reducer runs its normal GCs (8 s delays)
      out.settledKb = (readProcMem(client.pid) || {}).rss;
      out.during = during;
      out.after = after;
    } finally {
      await client.shutdown(3000);
    }
    say(
      `   ${total ? `${String(out.files).padStart(6)} files (${out.bots} bot files, ${out.ignoredFiles} in node_modules/.gitignored)` : '1 open file, no scan'.padEnd(50)}  ${total ? `scan ${out.scanMs !== undefined ? ms(out.scanMs) : 'DID NOT FINISH'}` : ''}  RSS peak ${mb(out.peakKb)} settled ${mb(out.settledKb)}${out.scanPeakKb ? ` (scan process peak ${mb(out.scanPeakKb)})` : ''}` +
        `  edits${total ? ' during scan' : ''}: p50 ${ms(out.during.p50)} p95 ${ms(out.during.p95)} (n=${out.during.n})${out.after ? `; after: p50 ${ms(out.after.p50)} p95 ${ms(out.after.p95)}` : ''}  (load ${load()})`,
    );
    return out;
  } finally {
    removeDir(root);
  }
}

/** Peak RSS (VmHWM, kB) of each child process of `pid` (Linux; none elsewhere). */
function childPeaks(pid) {
  try {
    const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return kids.map((k) => (readProcMem(k) || {}).hwm).filter((kb) => kb !== undefined);
  } catch {
    return [];
  }
}

/** Opens `file` and types into it while `more()` holds (at least 20 and at most `max` edits), timing each publish. */
async function editLoop(client, file, text, more, opts, max = 400) {
  const uri = fileUri(file);
  editLoop.docs = editLoop.docs || new Map();
  let doc = editLoop.docs.get(uri);
  if (!doc) {
    doc = { text, version: 1 };
    editLoop.docs.set(uri, doc);
    const first = client.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === 1,
      opts.timeout * 4,
      'open',
    );
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await first;
  }
  const edits = buildEdits(doc.text, promptEditSites(doc.text), max, rng(77));
  const times = [];
  for (const e of edits) {
    if (times.length >= 20 && !more()) break;
    if (times.length >= max) break;
    const v = ++doc.version;
    const start = positionAt(doc.text, e.offset);
    const end = e.deleteLen ? positionAt(doc.text, e.offset + e.deleteLen) : start;
    doc.text = applyEdit(doc.text, e);
    const wait = client.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v,
      opts.timeout,
      `v${v}`,
    );
    const t0 = client.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start, end }, text: e.insert }],
    });
    try {
      times.push((await wait).t - t0);
    } catch {
      break;
    }
  }
  return summary(times);
}

/** CLI files/s: one thread, worker threads, and --cache warm and after one changed file. */
function cliBench({ opts, say }, total) {
  const root = tempDir(`cli-${total}`);
  try {
    const ws = monorepo(root, total);
    const cli = path.join(opts.dist, 'cli.js');
    const runOnce = (args) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, '--format', 'json', ...args, '.'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      return { ms: performance.now() - t0, code: r.status, bytes: r.stdout.length };
    };
    const cold = runOnce(['--workers', '1']);
    const workers = runOnce([]);
    const warm1 = runOnce(['--cache']);
    const warm2 = runOnce(['--cache']);
    const changed = firstFile(path.join(root, 'bots'), /\.system\.md$/);
    if (changed) fs.appendFileSync(changed, '\nKeep every answer short.\n');
    const warm3 = runOnce(['--cache']);
    const rate = (r) => `${ms(r.ms)} (${(ws.files / (r.ms / 1000)).toFixed(0)} files/s)`;
    say(
      `   CLI on ${ws.files} files (${ws.bots} bot files): one thread ${rate(cold)}; worker threads ${rate(workers)}; --cache first ${rate(warm1)}, warm ${rate(warm2)}, one file changed ${rate(warm3)}  (load ${load()})`,
    );
    return { files: ws.files, cold, workers, cacheFirst: warm1, cacheWarm: warm2, cacheOneChanged: warm3 };
  } finally {
    removeDir(root);
  }
}

function firstFile(dir, re) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    const hit = e.isDirectory() ? firstFile(p, re) : re.test(e.name) ? p : undefined;
    if (hit) return hit;
  }
  return undefined;
}

module.exports = { formatsBench, yamlLsBench, scanRun, cliBench, monorepo, editLoop };
