import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { toPath, toUri } from '../../src/model/uri';
import { createPolicyService, type Finding } from '../../src/service';
import { applyEdits } from '../helpers/applyEdits';
import { REPO, testHost } from '../helpers/fsHost';

const SHOP = path.join(REPO, 'test-fixtures', 'flow', 'open-domain-fallback', 'shop');

function lintProject(dir: string, overrides: Record<string, string> = {}): Finding[] {
  const host = testHost(overrides);
  const service = createPolicyService({ host });
  const files = [
    'config.yml',
    'domain.yml',
    'endpoints.yml',
    'credentials.yml',
    'data/flows.yml',
    'data/patterns.yml',
  ].map((f) => path.join(dir, f));
  return files.flatMap((f) => service.lint(toUri(f))?.findings ?? []);
}

/** Applies a fix's edits file by file and returns the new texts, keyed by path. */
function applyFix(findings: Finding[], rule: string, title: RegExp): Record<string, string> {
  const fix = findings.find((f) => f.rule === rule)!.fixes.find((x) => title.test(x.title));
  assert.ok(fix, `no fix ${title} on ${rule}`);
  const out: Record<string, string> = {};
  for (const uri of new Set(fix.edits.map((e) => e.uri))) {
    const p = toPath(uri);
    out[p] = applyEdits(
      fs.readFileSync(p, 'utf8'),
      fix.edits.filter((e) => e.uri === uri),
    );
    assert.equal(parseDocument(out[p]).errors.length, 0, `${p} stays valid YAML`);
  }
  return out;
}

test('rasa: free chitchat is routed to the fixed out-of-scope reply, which clears the finding', () => {
  const before = lintProject(SHOP);
  assert.ok(before.some((f) => f.rule === 'flow/open-domain-fallback'));
  const changed = applyFix(before, 'flow/open-domain-fallback', /fixed utter_cannot_handle/);
  assert.match(Object.values(changed)[0], /- action: utter_cannot_handle/);
  assert.ok(!lintProject(SHOP, changed).some((f) => f.rule === 'flow/open-domain-fallback'));
});

test('rasa: enterprise search without a relevancy check gets check_relevancy: true', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasa-search-'));
  fs.cpSync(SHOP, dir, { recursive: true });
  const patterns = path.join(dir, 'data', 'patterns.yml');
  fs.writeFileSync(
    patterns,
    fs.readFileSync(patterns, 'utf8').replace('utter_free_chitchat_response', 'utter_cannot_handle') +
      '  pattern_search:\n    description: Questions about the shop\n    steps:\n      - action: action_trigger_search\n',
  );
  const config = path.join(dir, 'config.yml');
  fs.writeFileSync(
    config,
    fs.readFileSync(config, 'utf8') + '  - name: EnterpriseSearchPolicy\n    vector_store:\n      type: faiss\n',
  );
  const before = lintProject(dir);
  const finding = before.find((f) => f.rule === 'flow/open-domain-fallback');
  assert.ok(finding, `findings: ${before.map((f) => f.rule).join(', ')}`);
  const changed = applyFix(before, 'flow/open-domain-fallback', /check_relevancy/);
  assert.match(changed[config], /- name: EnterpriseSearchPolicy\n {4}check_relevancy: true\n/);
  assert.ok(!lintProject(dir, changed).some((f) => f.rule === 'flow/open-domain-fallback'));
  fs.rmSync(dir, { recursive: true, force: true });
});
