import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { toUri } from '../../src/model/uri';
import { createFsHost } from '../../src/nodeHost/fsHost';
import { createPolicyService, type Finding } from '../../src/service';
import { applyEdits } from '../helpers/applyEdits';
import { REPO } from '../helpers/fsHost';
import { FORMATS, type FormatFixture } from './formatFixtures';
import { grow, syntaxOf } from './grow';
import { calibrationUnit } from './calibrate';
import { memoryHost, Tally, WS } from './harness';

/**
 * The hostile inputs of issue 11 on every format (every fixture of formatFixtures.ts, the config included,
 * and a zipped Dialogflow CX export): each input × format is a named case. Inputs that a syntax cannot hold
 * (aliases in JSON, duplicate keys in code or Markdown) are not generated for it.
 */
const tally = new Tally('hostile inputs on every format');
const CASE_MS = 15_000;
/** Over CASE_MS on a loaded machine, a case may take this many machine units (calibrate.ts) measured right after. */
const CASE_UNITS = 1500;

/** Whether a case's time is a hang: over CASE_MS and over CASE_UNITS units of the machine as it is now. */
function tooSlow(ms: number): string | undefined {
  if (ms < CASE_MS) return undefined;
  const unit = [calibrationUnit(), calibrationUnit(), calibrationUnit()].sort((a, b) => a - b)[1];
  return ms < CASE_UNITS * unit ? undefined : `over ${CASE_UNITS} machine units of ${unit.toFixed(1)} ms`;
}

/** `fn` returns the time of the lints it timed, when preparing the input is slow (the yaml library on 200 KB). */
function hostile(name: string, fn: () => number | void, options: { skip?: string } = {}) {
  test(`hostile on every format: ${name}`, options, () => {
    const t0 = performance.now();
    try {
      const ms = fn() ?? performance.now() - t0;
      const slow = tooSlow(ms);
      assert.ok(!slow, `${name} took ${ms.toFixed(0)} ms (${slow})`);
      tally.add('ok', ms, 0);
    } catch (e) {
      tally.add('wrong', performance.now() - t0, 0, `${name}: ${(e as Error).message}`);
      throw e;
    }
  });
}

const label = (f: FormatFixture) => f.label ?? f.name;
const mainUri = (f: FormatFixture) => `${WS}/${f.main}`;
const isYaml = (f: FormatFixture) => ['yaml', 'front-matter'].includes(syntaxOf(f.main));
const isStructured = (f: FormatFixture) => isYaml(f) || syntaxOf(f.main) === 'json';

/** Every finding of every file of a fixture, as `file rule@line:character`. */
function located(files: Record<string, string>): string[] {
  const service = createPolicyService({ host: memoryHost(files) });
  return Object.keys(files)
    .flatMap((uri) => (service.lint(uri)?.findings ?? []).map((f) => `${f.uri.slice(WS.length)} ${where(f)}`))
    .sort();
}
const where = (f: Finding) => `${f.rule}@${f.range.start.line}:${f.range.start.character}`;

function lintMain(f: FormatFixture, text: string): Finding[] {
  const r = createPolicyService({ host: memoryHost({ ...f.files, [mainUri(f)]: text }) }).lint(mainUri(f));
  assert.ok(r, `${label(f)}: the main file is still linted`);
  assert.ok(!r.findings.some((x) => x.rule === 'internal/error'), r.findings.map((x) => x.message).join('\n'));
  return r.findings;
}

/** Inserts YAML lines at the top of a YAML file, or of the front matter of a prompt file. */
function yamlTop(f: FormatFixture, text: string, lines: string): string {
  if (syntaxOf(f.main) !== 'front-matter') return lines + text;
  assert.ok(text.startsWith('---\n'), `${label(f)} has front matter`);
  return `---\n${lines}${text.slice(4)}`;
}

/** Inserts `"key": value,` first in a JSON file's top-level object. */
function jsonTop(text: string, member: string): string {
  const at = text.indexOf('{');
  return `${text.slice(0, at + 1)}${member},${text.slice(at + 1)}`;
}

const BOMB = (() => {
  const lines = ['x-bomb:', '  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    lines.push(
      `  ${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n') + '\n';
})();

for (const f of FORMATS.filter(isYaml))
  hostile(`a YAML alias bomb is input/limits, not a crash or a hang (${label(f)})`, () => {
    const rules = lintMain(f, yamlTop(f, f.files[mainUri(f)], BOMB)).map((x) => x.rule);
    assert.ok(rules.includes('input/limits'), rules.join());
  });

const DEEP = '['.repeat(5000) + ']'.repeat(5000);
for (const f of FORMATS)
  hostile(`5,000-deep nesting is input/limits in JSON and YAML, and no crash anywhere (${label(f)})`, () => {
    const text = f.files[mainUri(f)];
    const syntax = syntaxOf(f.main);
    const deep =
      syntax === 'json'
        ? jsonTop(text, `"x-deep":${DEEP}`)
        : isYaml(f)
          ? yamlTop(f, text, `x-deep: ${DEEP}\n`)
          : syntax === 'py'
            ? `${text}\ndeep = ${DEEP}\n`
            : syntax === 'ts'
              ? `${text}\nexport const deep = ${DEEP};\n`
              : `${text}\n${DEEP}\n`;
    const rules = lintMain(f, deep).map((x) => x.rule);
    if (isStructured(f)) assert.ok(rules.includes('input/limits'), rules.join());
  });

/** The keys of every mapping in reverse order (what a platform may write first comes last). */
function reversed(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(reversed);
  if (!x || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

for (const f of FORMATS)
  hostile(`over 200 KB with every key order reversed, it is still detected and checked (${label(f)})`, () => {
    const big = grow(f, f.files[mainUri(f)], 'many elements', 210_000);
    const syntax = syntaxOf(f.main);
    const text =
      syntax === 'json'
        ? JSON.stringify(reversed(JSON.parse(big)), null, 1)
        : syntax === 'yaml'
          ? stringifyYaml(reversed(parseYaml(big)), { aliasDuplicateObjects: false })
          : big;
    assert.ok(text.length > 200_000);
    const files = { ...f.files, [mainUri(f)]: text };
    const t0 = performance.now();
    const service = createPolicyService({ host: memoryHost(files) });
    assert.equal(service.kindOf(mainUri(f)), f.name);
    assert.ok(service.lint(mainUri(f)), 'checked, not skipped');
    const all = Object.keys(files).flatMap((u) => service.lint(u)?.findings ?? []);
    assert.ok(!all.some((x) => ['internal/error', 'input/limits'].includes(x.rule)), all.map(where).join());
    return performance.now() - t0;
  });

for (const f of FORMATS.filter(isStructured))
  hostile(`a repeated key is read last-wins and reported (${label(f)})`, () => {
    const text = f.files[mainUri(f)];
    const syntax = syntaxOf(f.main);
    const body = syntax === 'front-matter' ? text.slice(4) : text;
    const first = syntax === 'json' ? Object.keys(JSON.parse(text))[0] : /^([A-Za-z_$][\w$-]*):/m.exec(body)?.[1];
    assert.ok(first, `${label(f)}: a first key`);
    const twice = syntax === 'json' ? jsonTop(text, `"${first}":null`) : yamlTop(f, text, `${first}: null\n`);
    const ruleSet = (files: Record<string, string>) =>
      located(files)
        .map((l) => l.replace(/@.*/, ''))
        .filter((l) => !l.endsWith('input/duplicate-key'));
    const files = { ...f.files, [mainUri(f)]: twice };
    assert.deepEqual(ruleSet(files), ruleSet(f.files), 'the last value wins: the same findings');
    assert.ok(located(files).some((l) => l.endsWith('input/duplicate-key@0:1') || / input\/duplicate-key@/.test(l)));
  });

/** A fixture written to a fresh folder, `main` encoded by `encode`; its findings read from disk. */
function fromDisk(f: FormatFixture, encode: (text: string) => Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-hostile-fmt-'));
  try {
    for (const [uri, text] of Object.entries(f.files)) {
      const p = path.join(dir, decodeURIComponent(uri.slice(WS.length + 1)));
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, uri === mainUri(f) ? encode(text) : text);
    }
    const service = createPolicyService({ host: createFsHost() });
    const base = toUri(dir);
    return Object.keys(f.files)
      .map((u) => base + u.slice(WS.length))
      .flatMap((u) => (service.lint(u)?.findings ?? []).map((x) => `${x.uri.slice(base.length)} ${where(x)}`))
      .sort();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const ENCODINGS: [string, (t: string) => Buffer][] = [
  ['UTF-16LE with a BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['UTF-16LE without a BOM', (t) => Buffer.from(t, 'utf16le')],
  ['UTF-16BE with a BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ['UTF-16BE without a BOM', (t) => Buffer.from(t, 'utf16le').swap16()],
];
for (const f of FORMATS)
  hostile(`UTF-16 LE and BE, with and without a BOM, give the UTF-8 findings (${label(f)})`, () => {
    const expected = fromDisk(f, (t) => Buffer.from(t, 'utf8'));
    assert.ok(expected.length, `${label(f)}: findings`);
    for (const [name, encode] of ENCODINGS) assert.deepEqual(fromDisk(f, encode), expected, name);
  });

for (const f of FORMATS)
  hostile(`CR-only line endings: the same ranges, and quick fixes edit the same places (${label(f)})`, () => {
    const lf = Object.fromEntries(Object.entries(f.files).map(([u, t]) => [u, t.replace(/\r\n?/g, '\n')]));
    const cr = Object.fromEntries(Object.entries(lf).map(([u, t]) => [u, t.replace(/\n/g, '\r')]));
    const findings = (files: Record<string, string>) => {
      const service = createPolicyService({ host: memoryHost(files) });
      return Object.keys(files).flatMap((u) => service.lint(u)?.findings ?? []);
    };
    const [a, b] = [findings(lf), findings(cr)];
    assert.deepEqual(b.map(where), a.map(where));
    let fixes = 0;
    a.forEach((fa, i) =>
      fa.fixes.forEach((fix, j) => {
        const fixed = (files: Record<string, string>, edits: typeof fix.edits) =>
          [...new Set(edits.map((e) => e.uri))].map((u) =>
            applyEdits(
              files[u],
              edits.filter((e) => e.uri === u),
            ).replace(/\r\n?/g, '\n'),
          );
        assert.deepEqual(fixed(cr, b[i].fixes[j].edits), fixed(lf, fix.edits), `${fa.rule}: ${fix.title}`);
        fixes++;
      }),
    );
    if (fixes === 0) assert.ok(a.every((x) => !x.fixes.length));
  });

/** A workspace on disk holding every format's fixture, each in its own folder. */
function diskWorkspace(): { dir: string; mains: Map<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-hostile-all-'));
  const mains = new Map<string, string>();
  for (const f of FORMATS)
    for (const [uri, text] of Object.entries(f.files)) {
      const p = path.join(dir, decodeURIComponent(uri.slice(WS.length + 1)));
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
      if (uri === mainUri(f)) mains.set(label(f), p);
    }
  return { dir, mains };
}

/** The bundled CLI over a folder (as a user runs it), optionally as the unprivileged user 65534. */
function cli(
  dir: string,
  unprivileged = false,
): { code: number; json: { file: string; findings: { rule: string }[] }[] } {
  const args = [path.join(REPO, 'dist', 'cli.js'), '--format', 'json', '.'];
  if (unprivileged) fs.copyFileSync(args[0], (args[0] = path.join(dir, 'cli.js')));
  const r = unprivileged
    ? spawnSync(
        'setpriv',
        ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'cli.js', ...args.slice(1)],
        {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      )
    : spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, json: JSON.parse(r.stdout || '[]') };
}
const rulesIn = (r: ReturnType<typeof cli>, dir: string, p: string) =>
  (r.json.find((x) => x.file === path.relative(dir, p).split(path.sep).join('/'))?.findings ?? []).map((x) => x.rule);

hostile('a main file that is a symlink out of the workspace is input/unreadable, exit 2 (every format, CLI)', () => {
  const { dir, mains } = diskWorkspace();
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-hostile-outside-'));
  try {
    for (const [name, p] of mains) {
      const target = path.join(outside, `${name.replace(/\W/g, '_')}${path.extname(p)}`);
      fs.renameSync(p, target);
      fs.appendFileSync(target, '\n# root:x:0:0 outside text\n');
      fs.symlinkSync(target, p);
    }
    const t0 = performance.now();
    const r = cli(dir);
    const perFormat = (performance.now() - t0) / mains.size;
    assert.equal(r.code, 2);
    for (const [name, p] of mains) assert.deepEqual(rulesIn(r, dir, p), ['input/unreadable'], name);
    assert.ok(!JSON.stringify(r.json).includes('root:x'), 'no text from outside the workspace');
    return perFormat; // one CLI run over every format: the time per format is what the hang bound is for
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
});

const nobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
hostile(
  'an unreadable main file of every format is input/unreadable and exit 2 (CLI, unprivileged user)',
  () => {
    const { dir, mains } = diskWorkspace();
    try {
      fs.chmodSync(dir, 0o755);
      for (const p of mains.values()) fs.chmodSync(p, 0o000);
      // Every folder of the workspace is readable by the unprivileged user; only the main files are not.
      for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
        if (e.isDirectory()) fs.chmodSync(path.join(e.parentPath, e.name), 0o755);
      const t0 = performance.now();
      const r = cli(dir, true);
      const perFormat = (performance.now() - t0) / mains.size;
      assert.equal(r.code, 2);
      for (const [name, p] of mains) assert.deepEqual(rulesIn(r, dir, p), ['input/unreadable'], name);
      return perFormat;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  nobody ? {} : { skip: 'needs root and setpriv to drop privileges' },
);

hostile('a 100 MB file of each format is never read or parsed whole (input/limits)', () => {
  const { dir, mains } = diskWorkspace();
  try {
    const pad = Buffer.alloc(1 << 20, 0x20);
    let worst = 0;
    for (const [name, p] of mains) {
      // Trailing spaces keep every syntax valid; the project's other files stay as they are.
      const size = fs.statSync(p).size;
      const fd = fs.openSync(p, 'a');
      for (let i = 0; i < 100; i++) fs.writeSync(fd, pad);
      fs.closeSync(fd);
      const before = process.memoryUsage().rss;
      const t0 = performance.now();
      const r = createPolicyService({ host: createFsHost() }).lint(toUri(p));
      worst = Math.max(worst, performance.now() - t0);
      const grew = (process.memoryUsage().rss - before) / 1048576;
      fs.truncateSync(p, size);
      const rules = (r?.findings ?? []).map((x) => x.rule);
      assert.ok(rules.includes('input/limits'), `${name}: ${r ? rules.join() : 'not detected'}`);
      assert.ok(grew < 400, `${name}: RSS grew ${grew.toFixed(0)} MB`);
    }
    return worst; // the lints only: writing 100 MB per format is the test's own cost
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const CX = FORMATS.find((f) => f.name === 'dialogflow-cx')!;
/** The CX fixture as zip entries (paths inside the export). */
function cxEntries(edit: (name: string, text: string) => string = (_n, t) => t): Record<string, Uint8Array> {
  const prefix = `${WS}/cx/`;
  return Object.fromEntries(
    Object.entries(CX.files).map(([uri, text]) => {
      const name = decodeURIComponent(uri.slice(prefix.length));
      return [name, new TextEncoder().encode(edit(name, text))];
    }),
  );
}
function lintZip(entries: Record<string, Uint8Array>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-hostile-zip-'));
  try {
    const p = path.join(dir, 'agent.zip');
    fs.writeFileSync(p, zipSync(entries));
    const r = createPolicyService({ host: createFsHost() }).lint(toUri(p));
    assert.ok(r, 'the archive is linted');
    assert.ok(!r.findings.some((x) => x.rule === 'internal/error'), r.findings.map((x) => x.message).join('\n'));
    return r.findings.map((x) => x.rule);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

hostile('a zipped Dialogflow CX export with 5,000-deep nesting, a repeated key or UTF-16 entries', () => {
  const plain = lintZip(cxEntries());
  assert.ok(plain.includes('flow/open-domain-llm'), plain.join());
  const deep = lintZip(cxEntries((n, t) => (n.endsWith('agent.json') ? jsonTop(t, `"x-deep":${DEEP}`) : t)));
  assert.ok(deep.length, 'reported, not a silent pass');
  const first = (t: string) => Object.keys(JSON.parse(t))[0];
  const twice = lintZip(cxEntries((_n, t) => jsonTop(t, `"${first(t)}":null`)));
  assert.ok(twice.includes('flow/open-domain-llm'), `last-wins: ${twice.join()}`);
  const utf16 = cxEntries();
  for (const name of Object.keys(utf16))
    utf16[name] = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(new TextDecoder().decode(utf16[name]), 'utf16le')]),
    );
  assert.deepEqual(lintZip(utf16).sort(), plain.sort());
});

hostile('an `extends` escaping the workspace is an unknown key, never followed', () => {
  const files = {
    [`${WS}/c/.wa-policy.yaml`]: 'extends: ../../../../etc/passwd\nrules:\n  prompt/no-human-escalation: off\n',
    [`${WS}/c/a.system.md`]: 'You are the assistant of Sunny Shoes. You only help with orders.\n',
  };
  const host = memoryHost(files);
  const read: string[] = [];
  const readFile = host.readFile;
  host.readFile = (u) => (read.push(u), readFile(u));
  const service = createPolicyService({ host });
  const cfg = service.lint(`${WS}/c/.wa-policy.yaml`)!.findings;
  assert.deepEqual(
    cfg.map((x) => x.rule),
    ['config/invalid'],
  );
  assert.match(cfg[0].message, /Unknown key 'extends'/);
  assert.ok(!service.lint(`${WS}/c/a.system.md`)!.findings.some((x) => x.rule === 'prompt/no-human-escalation'));
  assert.ok(!read.some((u) => /passwd/.test(u)), read.join());
});

test('hostile on every format: table row', () => tally.record());
