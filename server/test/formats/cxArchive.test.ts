import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const FIXTURES = path.join(REPO, 'test-fixtures', 'formats', 'dialogflow-cx');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-cx-zip-'));

/** The files of a fixture export as zip entries, under `prefix`. */
function entries(dir: string, prefix: string, out: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) entries(p, `${prefix}${e.name}/`, out);
    else out[`${prefix}${e.name}`] = new Uint8Array(fs.readFileSync(p));
  }
  return out;
}

function zipOf(name: string, files: Record<string, Uint8Array>): string {
  const p = path.join(DIR, name);
  fs.writeFileSync(p, zipSync(files));
  return toUri(p);
}

const rulesOf = (uri: string) =>
  (createPolicyService({ host: testHost() }).lint(uri)?.findings ?? []).map((f) => f.rule).sort();

test('dialogflow-cx: a zipped export is read in memory, with the same findings as the unzipped folder', () => {
  const folder = path.join(FIXTURES, 'open-agent');
  const service = createPolicyService({ host: testHost() });
  const unzipped = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .flatMap((e) => service.lint(toUri(path.join(e.parentPath, e.name)))?.findings ?? [])
    .map((f) => f.rule)
    .sort();
  const zip = zipOf('open-agent.zip', entries(folder, ''));
  const result = service.lint(zip)!;
  assert.equal(result.kind, 'dialogflow-cx');
  assert.deepEqual(
    result.findings.map((f) => f.rule).sort(),
    unzipped.filter((r) => r !== 'input/incomplete'),
  );
  // Every finding sits on the archive (the only file that can show it); no edit is offered inside it.
  for (const f of result.findings) assert.equal(f.range.start.line, 0);
  // …so each message names the entry of the archive it is about.
  for (const f of result.findings) assert.match(f.message, /\.json in the archive\)/, f.message);
  assert.ok(result.findings.every((f) => !f.fixes?.length));
  // A `.blob` download that is a zip of the JSON package is read the same way.
  const blob = zipOf('open-agent.blob', entries(folder, ''));
  assert.deepEqual(rulesOf(blob), rulesOf(zip));
});

test('dialogflow-cx: a re-zipped export (top agent/ folder, __MACOSX copies) and a scoped one', () => {
  const mac = entries(path.join(FIXTURES, 'open-agent'), 'agent/');
  mac['__MACOSX/agent/._agent.json'] = new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0]);
  assert.ok(rulesOf(zipOf('mac.zip', mac)).includes('flow/open-domain-llm'));
  assert.deepEqual(rulesOf(zipOf('scoped.zip', entries(path.join(FIXTURES, 'console-export'), ''))), []);
});

test('dialogflow-cx: a broken archive is said so; a zip of something else is not a bot', () => {
  const broken = path.join(DIR, 'broken.zip');
  fs.writeFileSync(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('agent.json flows/ cut here')]));
  const service = createPolicyService({ host: testHost() });
  const result = service.lint(toUri(broken))!;
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['input/incomplete'],
  );
  assert.match(result.findings[0].message, /could not be unpacked/);
  const other = zipOf('photos.zip', { 'a.txt': new TextEncoder().encode('hello') });
  assert.equal(service.lint(other), undefined);
});

test('dialogflow-cx: a BLOB export (raw protobuf) gets a finding that says it cannot be read and how to export JSON', () => {
  // The BLOB format is a serialised ExportAgentResponse: field 1 (0x0a), a length, then the agent's bytes.
  const body = Buffer.from('\u0012\u0010projects/p/agents\u001a\u0004flow\u0022\u000bDefault Start Flow');
  const blob = path.join(DIR, 'exported_agent_Support.blob');
  fs.writeFileSync(blob, Buffer.concat([Buffer.from([0x0a, body.length]), body]));
  const result = createPolicyService({ host: testHost() }).lint(toUri(blob))!;
  assert.equal(result.kind, 'dialogflow-cx');
  assert.deepEqual(
    result.findings.map((f) => f.rule),
    ['input/unreadable'],
  );
  assert.match(result.findings[0].message, /raw protobuf.*cannot be read.*JSON_PACKAGE/s);
});
