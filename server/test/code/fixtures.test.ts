import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { runJson } from '../cli/helpers';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { walkFolder } from '../../src/nodeHost/walk';
import { createPolicyService, type Finding } from '../../src/service';
import { applyEdits } from '../helpers/applyEdits';
import { REPO, testHost } from '../helpers/fsHost';

/**
 * Each folder of test-fixtures/code is a small repository linted as the CLI lints a folder. Comments
 * with carets (`// ^^^ rule`, `# ^^^ rule`) name the finding expected on the line above; every finding
 * must be annotated, so a folder without annotations must stay silent.
 */
const ROOT = path.join(REPO, 'test-fixtures', 'code');
const ANNOTATION = /^(\s*(?:#|\/\/)\s*)(\^+)\s+([a-z]+\/[a-z-]+)/;

function annotations(text: string): { line: number; from: number; to: number; rule: string }[] {
  const out: { line: number; from: number; to: number; rule: string }[] = [];
  let target = -1;
  text.split(/\r?\n/).forEach((l, i) => {
    const m = ANNOTATION.exec(l);
    if (!m) target = i;
    else out.push({ line: target, from: m[1].length, to: m[1].length + m[2].length, rule: m[3] });
  });
  return out;
}

before(() => loadCodeParsers());

export function lintFolder(dir: string): Map<string, Finding[]> {
  const service = createPolicyService({ host: testHost() });
  const out = new Map<string, Finding[]>();
  for (const file of walkFolder(dir)) {
    const uri = toUri(file);
    if (!service.kindOf(uri)) continue;
    out.set(file, service.lint(uri)?.findings ?? []);
  }
  return out;
}

for (const name of fs.readdirSync(ROOT).sort()) {
  const dir = path.join(ROOT, name);
  if (!fs.statSync(dir).isDirectory()) continue;
  test(`code fixture ${name}`, () => {
    const results = lintFolder(dir);
    assert.ok(results.size > 0, `${name}: no code file recognised`);
    for (const file of walkFolder(dir)) {
      if (!/\.(?:[jt]sx?|mjs|cjs|py|go|php|kt)$/.test(file)) continue;
      const rel = path.relative(ROOT, file);
      const findings = results.get(file) ?? [];
      const expected = annotations(fs.readFileSync(file, 'utf8'));
      const show = () =>
        findings
          .map((f) => `${f.rule}@${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`)
          .join('\n') || 'nothing';
      for (const e of expected) {
        const hit = findings.some(
          (f) =>
            f.rule === e.rule &&
            f.range.start.line === e.line &&
            f.range.start.character < e.to &&
            (f.range.end.line > e.line || f.range.end.character > e.from),
        );
        assert.ok(hit, `${rel}:${e.line + 1}:${e.from + 1} expects ${e.rule}; got\n${show()}`);
      }
      for (const f of findings) {
        const ok = expected.some((e) => f.rule === e.rule && f.range.start.line === e.line);
        assert.ok(
          ok,
          `${rel}: unexpected ${f.rule} at ${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message}`,
        );
      }
    }
  });
}

test('the first quick fix of an open relay gives it a scoped system prompt, and the relay is then accepted', () => {
  const dir = path.join(ROOT, 'chatgpt-whatsapp-relay');
  const file = path.join(dir, 'src', 'providers', 'openai.js');
  const finding = lintFolder(dir)
    .get(file)!
    .find((f) => f.rule === 'flow/open-domain-llm')!;
  assert.ok(finding.related.length >= 3, 'the hover lists the path from the handler to the call');
  assert.match(finding.related[0].message, /message handler/);
  const fixed = applyEdits(fs.readFileSync(file, 'utf8'), finding.fixes[0].edits);
  assert.match(fixed, /messages: \[\{ role: 'system', content: '/);
  const host = testHost({ [file]: fixed });
  const service = createPolicyService({ host });
  const after = service.lint(toUri(file))!.findings;
  assert.deepEqual(
    after.filter((f) => f.rule.startsWith('flow/open')),
    [],
  );
});

test('a `//` or `#` disable comment above the line silences a code finding', () => {
  const dir = path.join(ROOT, 'heyoo-ollama-flask');
  const file = path.join(dir, 'app.py');
  const text = fs.readFileSync(file, 'utf8');
  const finding = lintFolder(dir)
    .get(file)!
    .find((f) => f.rule === 'flow/open-domain-llm')!;
  const lines = text.split('\n');
  const indent = /^\s*/.exec(lines[finding.range.start.line])![0];
  lines.splice(
    finding.range.start.line,
    0,
    `${indent}# wa-policy-disable-next-line flow/open-domain-llm -- a demo bot for our team only`,
  );
  const service = createPolicyService({ host: testHost({ [file]: lines.join('\n') }) });
  const rules = service.lint(toUri(file))!.findings.map((f) => f.rule);
  assert.ok(!rules.includes('flow/open-domain-llm'), rules.join(', '));
  assert.ok(rules.includes('flow/no-human-path'));
});

test('the CLI reports code files with kind "code" and their language, and skips installed packages', () => {
  const r = runJson([path.join(ROOT, 'chatgpt-whatsapp-relay'), path.join(ROOT, 'pywa-agents-fr')], REPO);
  assert.equal(r.code, 1, r.stderr);
  const reports = r.json as unknown as { file: string; kind: string; language?: string }[];
  assert.ok(reports.length >= 4);
  // The prompt file the Python bot reads is also found as a plain system prompt by content; it is scoped.
  const prompts = reports.filter((r) => r.kind === 'system-prompt');
  assert.deepEqual(
    prompts.map((p) => p.file.replace(/\\/g, '/').replace(/.*pywa-agents-fr\//, '')),
    ['bot/instructions/system.txt'],
  );
  assert.deepEqual((prompts[0] as unknown as { findings: unknown[] }).findings, []);
  for (const r of reports.filter((x) => x.kind !== 'system-prompt')) {
    assert.equal(r.kind, 'code');
    assert.equal(r.language, r.file.endsWith('.py') ? 'python' : 'javascript', r.file);
    assert.ok(!/node_modules|venv/.test(r.file), r.file);
  }
});
