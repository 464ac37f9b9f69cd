#!/usr/bin/env node
// Scores labelled code-bot projects through the built CLI, the way a user runs it.
//
//   node scripts/eval-code.js [--misses] [--json] <set folder>...
//
// A set folder holds one folder per case and a labels.json array of
// { id, code, promptLang, transport, sdk, openDomain, hasEscalation, notABot }.
// `node dist/cli.js --format json <case folder>` runs once per case (the case folder is its own workspace):
// - open domain: positive = any flow/open-domain-llm, flow/open-domain-fallback, prompt/open-domain-grant or
//   prompt/no-business-scope finding;
// - handoff: a case has an escalation when it gets no flow/no-human-path or prompt/no-human-escalation;
// - not a bot: correct when the case gets no finding at all.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const OPEN = new Set([
  'flow/open-domain-llm',
  'flow/open-domain-fallback',
  'prompt/open-domain-grant',
  'prompt/no-business-scope',
]);
const NO_HANDOFF = new Set(['flow/no-human-path', 'prompt/no-human-escalation']);
const CLI = path.join(__dirname, '..', 'dist', 'cli.js');

function lint(dir, cli = CLI) {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0 && r.status !== 1) return { error: `exit ${r.status}: ${r.stderr.slice(0, 200)}`, findings: [] };
  const findings = [];
  for (const entry of JSON.parse(r.stdout))
    findings.push(...entry.findings.map((f) => ({ ...f, file: entry.file, kind: entry.kind })));
  return { findings };
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const fmt = (x) => (x === null ? '  –  ' : x.toFixed(3));

function score(cases, cli = CLI) {
  const groups = new Map();
  const bump = (key, c, j) => {
    if (!groups.has(key)) groups.set(key, { n: 0, tp: 0, fp: 0, fn: 0, hN: 0, hOk: 0, bN: 0, bOk: 0 });
    const t = groups.get(key);
    t.n++;
    if (c.notABot) {
      t.bN++;
      if (j.none) t.bOk++;
      if (j.open) t.fp++;
      return;
    }
    if (j.open && c.openDomain) t.tp++;
    else if (j.open) t.fp++;
    else if (c.openDomain) t.fn++;
    t.hN++;
    if (j.handoff === c.hasEscalation) t.hOk++;
  };
  const misses = [];
  for (const c of cases) {
    const { findings, error } = lint(c.dir, cli);
    const j = {
      open: findings.some((f) => OPEN.has(f.rule)),
      handoff: !findings.some((f) => NO_HANDOFF.has(f.rule)),
      none: findings.length === 0,
    };
    for (const key of ['all', `code:${c.code}`, `lang:${c.promptLang}`]) bump(key, c, j);
    const wrong = [];
    if (error) wrong.push(error);
    if (c.notABot && !j.none) wrong.push('not a bot, has findings');
    if (!c.notABot && j.open !== c.openDomain) wrong.push(c.openDomain ? 'open missed' : 'open false alarm');
    if (!c.notABot && j.handoff !== c.hasEscalation) wrong.push(c.hasEscalation ? 'handoff missed' : 'handoff false');
    if (wrong.length) misses.push({ id: c.id, code: c.code, wrong, rules: findings.map((f) => `${f.rule}@${f.file}`) });
  }
  return { groups, misses };
}

/** The cases of set folders: labels.json entries whose project folder exists. */
function loadSets(sets) {
  const cases = [];
  for (const set of sets) {
    for (const c of JSON.parse(fs.readFileSync(path.join(set, 'labels.json'), 'utf8'))) {
      const dir = path.join(set, c.id);
      if (fs.existsSync(dir)) cases.push({ ...c, dir });
    }
  }
  return cases;
}

/** Totals of the `all` group (precision, recall, handoff, notABot) and the misses, for floor tests. */
function evaluate(sets, cli = CLI) {
  const { groups, misses } = score(loadSets(sets), cli);
  const t = groups.get('all');
  return {
    total: {
      precision: ratio(t.tp, t.tp + t.fp) ?? 1,
      recall: ratio(t.tp, t.tp + t.fn) ?? 1,
      handoff: ratio(t.hOk, t.hN) ?? 1,
      notABot: ratio(t.bOk, t.bN) ?? 1,
    },
    misses,
  };
}

function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const cases = loadSets(argv.filter((a) => !a.startsWith('--')));
  const { groups, misses } = score(cases);
  if (flags.has('--json')) return console.log(JSON.stringify({ groups: Object.fromEntries(groups), misses }, null, 2));
  console.log(`${cases.length} cases\ngroup            n     P      R     hand.  !bot`);
  for (const [k, t] of [...groups].sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a < b ? -1 : 1)))
    console.log(
      `${k.padEnd(14)} ${String(t.n).padStart(4)}  ${fmt(ratio(t.tp, t.tp + t.fp))}  ${fmt(ratio(t.tp, t.tp + t.fn))}  ${fmt(ratio(t.hOk, t.hN))}  ${fmt(ratio(t.bOk, t.bN))}`,
    );
  if (flags.has('--misses'))
    for (const m of misses)
      console.log(`miss ${m.id} [${m.code}] ${m.wrong.join(', ')} → ${m.rules.join(' ') || 'no findings'}`);
}

if (require.main === module) main(process.argv.slice(2));
module.exports = { evaluate };
