/**
 * The bench's phase timings (service/phaseTrace.ts): one line per lint with its phases, each counted once
 * (analysis runs inside rules), and nothing at all when no one asks for them.
 */
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { phase, span, traceTo } from '../../src/service/phaseTrace';
import { testHost } from '../helpers/fsHost';

const PROMPT = 'You are a helpful assistant. Answer any question the user asks, about anything at all.\n';

test('a traced lint reports its parse, analysis, rules and findings, exclusive of each other', () => {
  const lines: Record<string, number | string>[] = [];
  const host = testHost();
  const uri = host.set(path.join(os.tmpdir(), 'wa-trace', 'bot.system.md'), PROMPT);
  const service = createPolicyService({ host });
  traceTo((l) => lines.push(l as Record<string, number | string>));
  try {
    const result = service.lint(uri);
    assert.ok(result && result.findings.length > 0);
    span(uri, 'publish', () => undefined);
  } finally {
    traceTo(undefined);
  }
  const lint = lines.find((l) => l.ms !== undefined)!;
  assert.equal(lint.uri, uri);
  for (const k of ['parse', 'analysis', 'rules', 'findings'])
    assert.ok(typeof lint[k] === 'number' && (lint[k] as number) >= 0, `${k}: ${lint[k]}`);
  const sum = ['parse', 'analysis', 'rules', 'findings'].reduce((a, k) => a + (lint[k] as number), 0);
  assert.ok(sum <= (lint.ms as number) + 0.01, `phases ${sum} ms within the lint's ${lint.ms} ms`);
  assert.ok(Math.abs((lint.start as number) - Date.now()) < 60_000, 'start is on the epoch clock');
  assert.ok(lines.some((l) => l.publish !== undefined && l.uri === uri));
});

test('untraced, phases and spans run their work and return its value', () => {
  assert.equal(
    phase('rules', () => 42),
    42,
  );
  assert.equal(
    span('file:///x', 'serialise', () => 'x'),
    'x',
  );
});
