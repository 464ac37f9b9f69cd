/** Confidence of a verdict: why it is low (analysis/confidence.ts), and how the rules say so. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzePrompt } from '../../src/analysis';
import { verdictDoubts } from '../../src/analysis/confidence';
import { buildDoc } from '../../src/analysis/doc';
import type { PromptAnalysis, Signal } from '../../src/analysis/types';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const TEXT =
  'You are the WhatsApp assistant of Brightline Dental. You book, move and cancel appointments for patients.';
const span = { start: 0, end: 10 };
const learned = (kind: Signal['kind'], score: number): Signal => ({ kind, span, text: 'x', lang: 'und', score });
const lexical = (kind: Signal['kind']): Signal => ({ kind, span, text: 'x', lang: 'en' });
const verdict = (signals: Signal[], more: Partial<PromptAnalysis> = {}): PromptAnalysis => ({
  languages: ['en'],
  openDomain: signals.some((s) => s.kind === 'grant'),
  reason: signals.some((s) => s.kind === 'grant') ? 'explicit-grant' : 'scoped',
  signals,
  hasEscalation: signals.some((s) => s.kind === 'escalation'),
  ...more,
});

test('a verdict resting on classifier clauses alone, all under 0.8, is borderline; a sure or a lexicon one is not', () => {
  const doc = buildDoc(TEXT);
  assert.deepEqual(verdictDoubts(verdict([learned('grant', 0.74)]), doc), ['borderline']);
  assert.deepEqual(verdictDoubts(verdict([learned('grant', 0.74), learned('grant', 0.86)]), doc), []);
  assert.deepEqual(verdictDoubts(verdict([learned('grant', 0.74), lexical('grant')]), doc), []);
  assert.deepEqual(verdictDoubts(verdict([lexical('scope'), learned('escalation', 0.75)]), doc), ['borderline']);
  assert.deepEqual(verdictDoubts(verdict([lexical('scope')], { confidence: 'low' }), doc), ['language']);
});

test('a prompt of a few words without explicit wording is too short to judge; one explicit phrase is enough', () => {
  assert.deepEqual(analyzePrompt('Reply briefly and politely.').doubts, ['short']);
  assert.equal(analyzePrompt('Answer any question on any topic.').doubts, undefined);
  assert.equal(analyzePrompt(TEXT).doubts, undefined);
});

function findings(name: string, text: string) {
  const file = path.join(path.resolve('/nonexistent-wa-confidence'), name, 'p/a.system.md');
  const result = createPolicyService({ host: testHost({ [file]: text }) }).lint(toUri(file));
  assert.ok(result);
  return result.findings.filter((f) => f.rule.startsWith('prompt/'));
}

test('a too-short prompt gets info findings that say why, never silence and never an error', () => {
  const f = findings('short', 'Reply briefly and politely.');
  assert.ok(f.length >= 2, f.map((x) => x.rule).join());
  assert.ok(
    f.every((x) => x.severity === 'info'),
    f.map((x) => `${x.rule}:${x.severity}`).join(),
  );
  const why = f.find((x) => x.rule === 'prompt/unsupported-language');
  assert.ok(why, 'no finding says why');
  assert.match(why.message, /too short to judge/);
  assert.ok(why.signals.includes('confidence: low'));
});

test('every prompt finding carries its confidence in its signals', () => {
  const f = findings('long', `${TEXT}\nAlso answer any question the user asks, on any topic.`);
  const grant = f.find((x) => x.rule === 'prompt/open-domain-grant');
  assert.ok(grant);
  assert.equal(grant.severity, 'error');
  assert.ok(grant.signals.includes('confidence: high'), grant.signals.join('\n'));
});
