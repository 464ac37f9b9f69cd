import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { treeStats } from '../../src/formats/code/parser';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

/**
 * A code project with 1,000 bot files (each an open LLM call), more than the parser keeps trees for (300):
 * every file is analysed (none "could not be analysed"), the calls reached from the webhook in the first,
 * middle and last files are found, and at most 300 trees stay in memory afterwards.
 */
const FILES = 1000;
const ROOT = path.join('/nonexistent-wa-policy-test', 'large-code-project');

function project(): Record<string, string> {
  const files: Record<string, string> = {
    [path.join(ROOT, 'package.json')]: '{ "name": "big-bot", "dependencies": { "express": "^4", "openai": "^4" } }',
  };
  const reached = [0, FILES / 2, FILES - 1];
  files[path.join(ROOT, 'src', 'server.ts')] = [
    "import express from 'express';",
    ...reached.map((i) => `import { ask${i} } from './tools/t${i}';`),
    'const app = express();',
    "app.post('/webhook', async (req, res) => {",
    '  const message = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];',
    '  const text: string = message.text.body;',
    ...reached.map((i) => `  const r${i} = await ask${i}(text);`),
    `  await fetch('https://graph.facebook.com/v21.0/1/messages', { method: 'POST', body: JSON.stringify({ messaging_product: 'whatsapp', to: message.from, text: { body: String(r${reached[0]}) } }) });`,
    '  res.sendStatus(200);',
    '});',
    'app.listen(3000);',
  ].join('\n');
  for (let i = 0; i < FILES; i++)
    files[path.join(ROOT, 'src', 'tools', `t${i}.ts`)] = [
      "import OpenAI from 'openai';",
      'const client = new OpenAI();',
      `export async function ask${i}(text: string) {`,
      '  const r = await client.chat.completions.create({',
      "    model: 'gpt-4o-mini',",
      `    messages: [{ role: 'system', content: 'You are assistant number ${i}. Answer any question the user asks about anything.' }, { role: 'user', content: text }],`,
      '  });',
      '  return r.choices[0].message.content;',
      '}',
    ].join('\n');
  return files;
}

test('a code project of 1,000 bot files is analysed completely with a bounded number of syntax trees', () => {
  const files = project();
  const service = createPolicyService({ host: testHost(files) });
  const unanalysed: string[] = [];
  const open = new Set<string>();
  for (const file of Object.keys(files)) {
    if (!file.endsWith('.ts')) continue;
    const findings = service.lint(toUri(path.resolve(file)))?.findings ?? [];
    for (const f of findings) {
      if (/could not be analysed/.test(f.message)) unanalysed.push(`${path.basename(file)}: ${f.message}`);
      if (f.rule === 'flow/open-domain-llm') open.add(path.basename(file));
    }
  }
  assert.deepEqual(unanalysed.slice(0, 3), [], `${unanalysed.length} files not analysed`);
  for (const i of [0, FILES / 2, FILES - 1]) assert.ok(open.has(`t${i}.ts`), `t${i}.ts: open LLM call not found`);
  const stats = treeStats();
  assert.ok(stats.trees <= 300, `${stats.trees} trees kept`);
  assert.equal(stats.held, 0, 'no tree stays held after the analysis');
});
