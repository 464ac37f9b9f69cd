#!/usr/bin/env node
// Scores labelled prompt sets through the built CLI, the way a user runs it.
//
//   node scripts/eval-prompts.js [--json] [--misses] [--include] [set.json | folder]...
//     (default: server/test/analysis/blind4)
//
// --include adds a workspace `.wa-policy.yaml` with `include: ["**/*.md", "**/*.txt"]`, so prompts the CLI
// does not find by name alone (bots/acme/system.md) are linted too: the analysis figure, apart from discovery.
//
// Each case ({ id, lang, kind, openDomain, hasEscalation, notABot, fileName, text }) is written into its
// own folder of a temporary workspace at its fileName, `node dist/cli.js --format json <workspace>` runs
// once, and the findings are scored:
// - open domain: positive = any prompt/open-domain-grant, prompt/no-business-scope or flow/open-domain-* finding (any
//   severity); `strict` counts only error/warning findings;
// - handoff: a case has an escalation when it gets no prompt/no-human-escalation (or flow/no-human-path);
// - not a bot: correct when the file gets no finding at all.
// Figures per language, per kind and overall.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

// A case may be a flow export or a config the CLI reads as one (an n8n workflow, a Dify app): its open-domain
// findings are the flow rules, as in scripts/eval-code.js.
const OPEN_RULES = new Set([
  'prompt/open-domain-grant',
  'prompt/no-business-scope',
  'flow/open-domain-llm',
  'flow/open-domain-fallback',
]);
const NO_HANDOFF_RULES = new Set(['prompt/no-human-escalation', 'flow/no-human-path']);
const DEFAULT_CLI = path.join(__dirname, '..', 'dist', 'cli.js');

function loadCases(inputs) {
  const files = [];
  for (const input of inputs) {
    if (fs.statSync(input).isDirectory()) {
      for (const n of fs.readdirSync(input).sort()) if (n.endsWith('.json')) files.push(path.join(input, n));
    } else files.push(input);
  }
  const cases = [];
  for (const f of files) {
    const data = JSON.parse(fs.readFileSync(f, 'utf8'));
    for (const c of Array.isArray(data) ? data : (data.cases ?? []))
      cases.push({ ...c, set: path.basename(f, '.json') });
  }
  return cases;
}

/** A relative path inside the case folder; anything escaping it falls back to a plain prompt file. */
function safeFileName(c) {
  const name = String(c.fileName || `prompts/${c.id}.system.md`).replace(/\\/g, '/');
  const norm = path.posix.normalize(name);
  return norm.startsWith('..') || path.posix.isAbsolute(norm) ? `prompts/${c.id}.system.md` : norm;
}

/** Runs the CLI once over all cases; returns case key → findings (absent file = no findings). */
function runCli(cases, cli = DEFAULT_CLI, includeAll = false) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-eval-'));
  try {
    if (includeAll) fs.writeFileSync(path.join(root, '.wa-policy.yaml'), 'include: ["**/*.md", "**/*.txt"]\n');
    const keyOf = new Map();
    cases.forEach((c, i) => {
      const dir = `c${String(i).padStart(4, '0')}`;
      const file = path.posix.join(dir, safeFileName(c));
      fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), c.text);
      keyOf.set(dir, i);
    });
    const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
    const out = cases.map(() => []);
    for (const entry of JSON.parse(r.stdout)) {
      const dir = entry.file.replace(/\\/g, '/').replace(/^\.\//, '').split('/')[0];
      if (!keyOf.has(dir)) continue;
      const list = out[keyOf.get(dir)];
      list.push(...entry.findings);
      list.linted = true;
    }
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const tally = () => ({ n: 0, lint: 0, tp: 0, fp: 0, fn: 0, stp: 0, sfp: 0, sfn: 0, hN: 0, hOk: 0, bN: 0, bOk: 0 });
const ratio = (a, b) => (b === 0 ? null : a / b);

function judge(c, findings) {
  const open = findings.some((f) => OPEN_RULES.has(f.rule));
  const strictOpen = findings.some(
    (f) => OPEN_RULES.has(f.rule) && (f.severity === 'error' || f.severity === 'warning'),
  );
  const handoff = !findings.some((f) => NO_HANDOFF_RULES.has(f.rule));
  return { open, strictOpen, handoff, none: findings.length === 0, linted: !!findings.linted };
}

function add(t, c, j) {
  t.n++;
  if (j.linted) t.lint++;
  if (c.notABot) {
    t.bN++;
    if (j.none) t.bOk++;
  }
  if (typeof c.openDomain === 'boolean') {
    if (j.open && c.openDomain) t.tp++;
    else if (j.open) t.fp++;
    else if (c.openDomain) t.fn++;
    if (j.strictOpen && c.openDomain) t.stp++;
    else if (j.strictOpen) t.sfp++;
    else if (c.openDomain) t.sfn++;
  }
  if (typeof c.hasEscalation === 'boolean' && !c.notABot) {
    t.hN++;
    if (j.handoff === c.hasEscalation) t.hOk++;
  }
}

function figures(t) {
  return {
    n: t.n,
    linted: t.lint,
    precision: ratio(t.tp, t.tp + t.fp),
    recall: ratio(t.tp, t.tp + t.fn),
    strictPrecision: ratio(t.stp, t.stp + t.sfp),
    strictRecall: ratio(t.stp, t.stp + t.sfn),
    handoff: ratio(t.hOk, t.hN),
    notABot: ratio(t.bOk, t.bN),
    counts: { tp: t.tp, fp: t.fp, fn: t.fn, handoff: `${t.hOk}/${t.hN}`, notABot: `${t.bOk}/${t.bN}` },
  };
}

/** Scores the cases; returns { total, byLang, byKind, misses }. */
function evaluate(cases, opts = {}) {
  const findings = runCli(cases, opts.cli, opts.includeAll);
  const linted = findings.filter((f) => f.linted).length;
  const total = tally();
  const byLang = new Map();
  const byKind = new Map();
  const byType = new Map();
  const misses = [];
  cases.forEach((c, i) => {
    const j = judge(c, findings[i]);
    for (const [m, k] of [
      [byLang, c.lang || '?'],
      [byKind, c.kind || '?'],
      [byType, fileType(c)],
    ]) {
      if (!m.has(k)) m.set(k, tally());
      add(m.get(k), c, j);
    }
    add(total, c, j);
    const wrong = [];
    if (typeof c.openDomain === 'boolean' && j.open !== c.openDomain)
      wrong.push(c.openDomain ? 'open missed' : 'open false alarm');
    if (typeof c.hasEscalation === 'boolean' && !c.notABot && j.handoff !== c.hasEscalation)
      wrong.push(c.hasEscalation ? 'handoff missed' : 'handoff false');
    if (c.notABot && !j.none) wrong.push('not a bot, has findings');
    if (wrong.length)
      misses.push({
        id: c.id,
        linted: !!findings[i].linted,
        lang: c.lang,
        kind: c.kind,
        wrong,
        rules: findings[i].map((f) => `${f.rule}:${f.severity}`),
      });
  });
  const map = (m) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => [k, figures(t)]));
  return {
    total: figures(total),
    linted,
    byLang: map(byLang),
    byKind: map(byKind),
    byType: map(byType),
    misses,
  };
}

const TEMPLATE_EXT = new Set(['st', 'j2', 'jinja', 'jinja2', 'hbs', 'mustache', 'liquid', 'tmpl', 'tpl']);

/** The file-type group of a case (md, txt, yaml, json, xml, toml, template, other). */
function fileType(c) {
  const name = safeFileName(c).toLowerCase();
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'yml' || ext === 'yaml') return 'yaml';
  if (TEMPLATE_EXT.has(ext)) return 'template';
  if (['txt', 'json', 'xml', 'toml'].includes(ext)) return ext;
  return ext || 'none';
}

function fmt(x) {
  return x === null ? '  –  ' : x.toFixed(3);
}

function table(title, rows) {
  const lines = [`${title.padEnd(14)}    n  lint    P      R    P(e/w) R(e/w)  hand.  !bot`];
  for (const [k, f] of rows) {
    lines.push(
      `${k.padEnd(14)} ${String(f.n).padStart(4)}  ${String(f.linted).padStart(4)}  ${fmt(f.precision)}  ${fmt(f.recall)}  ${fmt(f.strictPrecision)}  ${fmt(f.strictRecall)}  ${fmt(f.handoff)}  ${fmt(f.notABot)}`,
    );
  }
  return lines.join('\n');
}

function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const inputs = argv.filter((a) => !a.startsWith('--'));
  const cases = loadCases(
    inputs.length ? inputs : [path.join(__dirname, '..', 'server', 'test', 'analysis', 'blind4')],
  );
  const r = evaluate(cases, { includeAll: flags.has('--include') });
  if (flags.has('--json')) {
    console.log(JSON.stringify(r, null, 2));
    return;
  }
  console.log(`${cases.length} cases, ${r.linted} linted (the others are not found as bot files: no findings)\n`);
  console.log(table('overall', [['all', r.total]]));
  console.log(`\n${table('language', Object.entries(r.byLang))}`);
  console.log(`\n${table('kind', Object.entries(r.byKind))}`);
  console.log(`\n${table('file type', Object.entries(r.byType))}`);
  if (flags.has('--misses'))
    for (const m of r.misses)
      console.log(
        `miss ${m.id} [${m.lang}/${m.kind}${m.linted ? '' : ', not linted'}] ${m.wrong.join(', ')} → ${m.rules.join(' ') || 'no findings'}`,
      );
}

module.exports = { loadCases, evaluate, runCli };
if (require.main === module) main(process.argv.slice(2));
