import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { isFlow } from '../../src/rules/types';
import type { FormatKind } from '../../src/model/types';
import { fixture, REPO, runCli, runJson } from './helpers';

const MERMAID_LINE = [
  /^flowchart LR$/,
  /^ {2}n\d+(\(\[|\{\{|\[\/|\{|\[\[|\[)"[^"\n]*"(\]\)|\}\}|\/\]|\}|\]\]|\])$/,
  /^ {2}n\d+ -->(\|"[^"\n]*"\|)? n\d+$/,
  /^ {2}classDef (openDomain|human) [^;]+;$/,
  /^ {2}class n\d+(,n\d+)* (openDomain|human);$/,
  /^ {2}linkStyle \d+(,\d+)* stroke:#[0-9a-f]{6},stroke-width:3px;$/,
];

/** Bot sections: `## <file>` up to the next `## `. */
function sections(md: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of md.split(/^## /m).slice(1)) out.set(part.slice(0, part.indexOf('\n')), part);
  return out;
}

const mermaidBlocks = (text: string) => [...text.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]);

test('report on test-fixtures/: one section per bot, a valid Mermaid flowchart per flow bot, every finding with its clause', () => {
  const r = runCli(['report', 'test-fixtures'], REPO);
  assert.equal(r.code, 0, r.stderr);
  const md = r.stdout;
  const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
  assert.match(
    md,
    new RegExp(
      `^# WhatsApp AI policy compliance report\\n\\nMade \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ by wa-policy-lint ${version.replace(/\./g, '\\.')}, policy clauses \\d+ clauses, fnv1a [0-9a-f]{8}\\.`,
    ),
  );
  const bots = [...sections(md)].filter(([, body]) => body.includes('- Format: `'));
  assert.ok(bots.length >= 20, `${bots.length} bot sections`);
  let flows = 0;
  for (const [file, body] of bots) {
    const kind = /- Format: `([a-z0-9-]+)`/.exec(body)![1] as FormatKind;
    const blocks = mermaidBlocks(body);
    // Code that is not a WhatsApp bot (an LLM script) is listed without a diagram: it has no conversation to draw.
    if (kind === 'code') assert.ok(blocks.length <= 1, `${file} (${kind})`);
    else assert.equal(blocks.length, isFlow(kind) ? 1 : 0, `${file} (${kind})`);
    for (const ln of blocks.flatMap((b) => b.split('\n')))
      assert.ok(
        MERMAID_LINE.some((re) => re.test(ln)),
        `${file}: not a Mermaid statement: ${ln}`,
      );
    if (!blocks.length) continue;
    flows++;
    const edges = blocks[0].split('\n').filter((l) => /^ {2}n\d+ -->/.test(l)).length;
    for (const m of blocks[0].matchAll(/linkStyle ([\d,]+)/g))
      for (const i of m[1].split(',')) assert.ok(Number(i) < edges, `${file}: linkStyle ${i} of ${edges} edges`);
    const open = /\| \*\*(open-domain|no prompt|hidden)\*\* \|/.test(body);
    assert.equal(
      /class [n\d,]+ openDomain;/.test(blocks[0]),
      open,
      `${file}: open-domain path marked iff an open-domain LLM is listed`,
    );
    if (open) assert.match(body, /^- Path to an open-domain LLM: .+/m);
    if (/^### Paths to a human\n\n- \*\*.+\(.+\): hand-off step/m.test(body))
      assert.match(blocks[0], /class [n\d,]+ human;/, `${file}: human path marked`);
  }
  assert.ok(flows >= 12, `${flows} flow diagrams`);

  const json = runJson(['test-fixtures'], REPO).json;
  for (const e of json) {
    if (e.kind === 'wa-policy-config') continue;
    // The file's own section (a prompt file a code bot reads is also listed among that bot's files).
    const bot = bots.find(([f]) => f === e.file) ?? bots.find(([, body]) => body.includes(`\`${e.file}\``));
    assert.ok(bot, `no section lists ${e.file}`);
    for (const f of e.findings)
      assert.ok(
        bot[1].includes(`| \`${f.rule}\` | \`${e.file}:${f.line}\` |`) &&
          (!f.clause || bot[1].includes(`\`${f.clause}\``)),
        `${e.file}:${f.line} ${f.rule}`,
      );
  }
  const clauses = md.slice(md.indexOf('## Clauses cited'));
  assert.match(
    clauses,
    /\| `WA-AI-PROVIDERS` \| .+ \| 2026-01-15 \| secondary source only \(press or provider docs\) \| \[source\]\(https:/,
  );
  assert.match(clauses, /\| `WA-HUMAN-ESCALATION` \| .+ \| verified on the issuer's page \|/);
});

const CONFIG = `business:
  name: Harbor Telecom
  purpose: Support for Harbor broadband customers
  topics: [outages, bills]
markets: [US, MX]
provider:
  name: openai
  tier: paid
  trainsOnInputs: false
suppressions:
  - rule: flow/no-human-path
    files: ["flows/*.json"]
    reason: Outbound notifications only.
`;
const PROMPT = `# Harbor Telecom assistant

You help Harbor Telecom customers with outages and bills only. Decline anything else.
<!-- wa-policy-disable-next-line prompt/no-human-escalation -- Escalation is handled by the app's menu. -->
Answer in the customer's language.
`;

test('report: deployment facts from the config, suppressions with their reasons, prompt bots without a diagram', () => {
  const dir = fixture({ '.wa-policy.yaml': CONFIG, 'prompts/harbor.system.md': PROMPT });
  const r = runCli(['report', '.'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^- Business: Harbor Telecom — Support for Harbor broadband customers$/m);
  assert.match(r.stdout, /^- Model provider: openai, paid tier$/m);
  assert.match(r.stdout, /^- Markets: US, MX$/m);
  assert.match(r.stdout, /^- Data use: the provider does not train on conversations$/m);
  const bot = sections(r.stdout).get('prompts/harbor.system.md')!;
  assert.ok(bot, r.stdout);
  assert.match(
    bot,
    /^- `prompts\/harbor\.system\.md:4` comment: `prompt\/no-human-escalation` — Escalation is handled by the app's menu\.$/m,
  );
  assert.match(bot, /\| system prompt \| `prompts\/harbor\.system\.md:1` \| scoped \| `WA-AI-PROVIDERS`: /);
  assert.equal(mermaidBlocks(bot).length, 0);
});

test('report -o report.html: one self-contained printable HTML file with the diagrams as source and path lists', () => {
  const out = fixture({});
  const r = runCli(['report', 'test-fixtures', '-o', path.join(out, 'sub/report.html')], REPO);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const html = fs.readFileSync(path.join(out, 'sub/report.html'), 'utf8');
  assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
  assert.match(html, /@media print\{/);
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|@import|url\(/i, 'nothing loaded from elsewhere');
  const md = runCli(['report', 'test-fixtures'], REPO).stdout;
  const pres = [...html.matchAll(/<pre class="mermaid"[^>]*>(flowchart LR\n[\s\S]*?)<\/pre>/g)];
  assert.equal(pres.length, mermaidBlocks(md).length);
  assert.equal(
    [...html.matchAll(/<p>Path to an open-domain LLM:<\/p><ol>(<li>[^<]+<\/li>)+<\/ol>/g)].length,
    [...md.matchAll(/^- Path to an open-domain LLM: /gm)].length,
  );
  assert.equal((html.match(/<table>/g) ?? []).length, (md.match(/^\| --- /gm) ?? []).length);
});

test('report: a bad report format is a usage error', () => {
  const r = runCli(['report', '--format', 'pdf', 'test-fixtures'], REPO);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Unknown report format 'pdf'\. Use one of: markdown, html\./);
});
