import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const DIR = path.join(REPO, 'test-fixtures', 'flow', 'hidden-llm');

test('a linked prompt is judged with its flow, and editing it re-checks the flow', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  const flow = toUri(path.join(DIR, 'studio-flow.json'));
  const prompt = toUri(path.join(DIR, 'gpt-proxy.system.md'));
  const rules = () => (service.lint(flow)?.findings ?? []).map((f) => f.rule).sort();
  assert.deepEqual(rules(), ['flow/open-domain-llm']);
  assert.deepEqual(service.dependents(prompt, [flow]), [flow]);
  const scoped = fs
    .readFileSync(path.join(DIR, 'gpt-proxy.system.md'), 'utf8')
    .replace(
      /Answer any question.*\n/,
      'You only help with Sunny Mobile orders. If a message is not about Sunny Mobile orders, reply: "Sorry, I can only help with your orders."\n',
    );
  host.set(path.join(DIR, 'gpt-proxy.system.md'), scoped);
  service.invalidate(prompt);
  assert.deepEqual(rules(), []);
});
