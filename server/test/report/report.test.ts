import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { toPath, toUri } from '../../src/model/uri';
import { reportForFiles } from '../../src/report';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const FLOW = path.join(REPO, 'test-fixtures/flow/open-domain-llm/inbox.json');
const OPEN = `{
  "name": "Ask anything",
  "nodes": [
    { "id": "t", "name": "WhatsApp Trigger", "type": "n8n-nodes-base.whatsAppTrigger", "parameters": {}, "position": [0, 0] },
    { "id": "a", "name": "Agent \\"<b>\\" | x", "type": "@n8n/n8n-nodes-langchain.agent", "parameters": { "options": { "systemMessage": "You are a helpful assistant. Answer any question on any topic." } }, "position": [200, 0] }
  ],
  "connections": { "WhatsApp Trigger": { "main": [[{ "node": "Agent \\"<b>\\" | x", "type": "main", "index": 0 }]] } }
}
`;

function report(host: ReturnType<typeof testHost>, uris: string[], format: 'markdown' | 'html') {
  const service = createPolicyService({ host });
  return reportForFiles(service, uris, {
    format,
    toolVersion: '9.9.9',
    date: new Date('2026-03-01T10:00:00Z'),
    relative: (u) => path.relative(REPO, toPath(u)).split(path.sep).join('/'),
    textOf: host.readFile,
  });
}

test('reportForFiles (the language server entry): lints the files and reports them, dated and versioned', () => {
  const md = report(testHost(), [toUri(FLOW)], 'markdown');
  assert.match(md, /^Made 2026-03-01T10:00:00Z by wa-policy-lint 9\.9\.9, policy clauses/m);
  assert.match(md, /^## test-fixtures\/flow\/open-domain-llm\/inbox\.json$/m);
  assert.match(md, /`flow\/open-domain-llm`/);
  assert.match(md, /```mermaid\nflowchart LR\n/);
});

test('labels with quotes, markup and pipes stay inside their Mermaid node, Markdown cell and HTML text', () => {
  const host = testHost();
  const uri = host.set(path.join(REPO, 'tmp-report/n8n/ask.json'), OPEN);
  const md = report(host, [uri], 'markdown');
  const [diagram] = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  assert.ok(diagram, md);
  assert.match(diagram, /\{\{"OPEN-DOMAIN LLM: Agent #quot;#lt;b#gt;#quot; \| x"\}\}/);
  assert.match(diagram, /class n0,n1 openDomain;/);
  const row = md.split('\n').find((l) => l.startsWith('| Agent'))!;
  assert.ok(row.includes('Agent "\\<b\\>" \\| x'), row);
  assert.equal(row.split(/(?<!\\)\|/).length, 6, 'four cells: the pipe in the label is escaped');
  const html = report(host, [uri], 'html');
  assert.ok(html.includes('Agent &quot;&lt;b&gt;&quot; | x'));
  assert.ok(!html.includes('<b>'));
});
