import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { RULES } from '../../src/rules';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';

// Read from disk, not through the linter's own loader, so a clause missing from the shipped file fails here.
const KNOWN_CLAUSES = new Set(
  (parseYaml(fs.readFileSync(path.resolve('schemas/policies.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id),
);

/** Rule table: in-memory files → the rule ids expected on the first file (others are context). */
interface Case {
  name: string;
  files: Record<string, string>;
  expect: string[];
}

const ROOT = path.resolve('/nonexistent-wa-rules');
const SCOPED = [
  'You are the order assistant of Acme Shop, an online hardware store.',
  'You only help customers with orders, deliveries and returns.',
  'If a message is not about Acme orders, reply: "Sorry, I can only help with your Acme orders."',
  'If the customer asks for a person, call the `handoff_to_agent` tool.',
].join('\n');
const n8n = (system: string, extra = '') =>
  JSON.stringify({
    nodes: [
      { name: 'WhatsApp Trigger', type: 'n8n-nodes-base.whatsAppTrigger', parameters: {} },
      { name: 'AI Agent', type: '@n8n/n8n-nodes-langchain.agent', parameters: { options: { systemMessage: system } } },
      { name: 'Model', type: '@n8n/n8n-nodes-langchain.lmChatOpenAi', parameters: { model: { value: 'gpt-4o-mini' } } },
      ...(extra ? [{ name: 'Notify staff', type: 'n8n-nodes-base.slack', parameters: {} }] : []),
    ],
    connections: {
      'WhatsApp Trigger': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
      Model: { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
      ...(extra ? { 'AI Agent': { main: [[{ node: 'Notify staff', type: 'main', index: 0 }]] } } : {}),
    },
  });

const CASES: Case[] = [
  { name: 'scoped prompt with refusal and handoff', files: { 'p/a.system.md': SCOPED }, expect: [] },
  {
    name: 'explicit grant',
    files: { 'p/a.system.md': `${SCOPED}\nAlso answer any question the user asks, on any topic.` },
    expect: ['prompt/open-domain-grant'],
  },
  {
    name: 'negated grant is not a grant',
    files: { 'p/a.system.md': `${SCOPED}\nNever answer questions outside Acme orders. You are not ChatGPT.` },
    expect: [],
  },
  {
    name: 'domain-qualified any',
    files: { 'p/a.system.md': `${SCOPED}\nAnswer any question about their order.` },
    expect: [],
  },
  {
    name: 'generic persona',
    files: { 'p/a.system.md': 'You are a helpful assistant. Call `handoff_to_agent` if asked for a person.' },
    expect: ['prompt/no-business-scope'],
  },
  {
    name: 'no escalation',
    files: { 'p/a.system.md': SCOPED.split('\n').slice(0, 3).join('\n') },
    expect: ['prompt/no-human-escalation'],
  },
  {
    name: 'placeholder phone is no escalation',
    files: { 'p/a.system.md': `${SCOPED.split('\n').slice(0, 3).join('\n')}\nFor a person call +00 0000 XXXX.` },
    expect: ['prompt/no-human-escalation'],
  },
  {
    name: 'n8n open agent',
    files: { 'w.json': n8n('You are a helpful AI assistant. Answer whatever the user asks.') },
    expect: ['flow/no-human-path', 'flow/open-domain-llm'],
  },
  { name: 'n8n scoped agent with staff handoff', files: { 'w.json': n8n(SCOPED, 'slack') }, expect: [] },
  { name: 'n8n scoped agent, human only via prompt contact', files: { 'w.json': n8n(SCOPED) }, expect: [] },
  {
    name: 'provider does not serve a market',
    files: {
      'a.prompt.yml': `model: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: |\n${SCOPED.split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}\n`,
      '.wa-policy.yaml': 'markets: [CN]\n',
    },
    expect: ['provider/unsupported-region'],
  },
  {
    name: 'tier that trains on inputs',
    files: {
      'a.prompt.yml': `model: openai/gpt-4o-mini\nmessages:\n  - role: system\n    content: |\n${SCOPED.split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}\n`,
      '.wa-policy.yaml': 'provider:\n  name: openai\n  trainsOnInputs: true\n',
    },
    expect: ['data/trains-on-conversations'],
  },
  {
    name: 'Gemini free tier',
    files: {
      'a.prompt': `---\nmodel: googleai/gemini-2.0-flash\n---\n${SCOPED}\n`,
      '.wa-policy.yaml': 'provider:\n  name: google\n  tier: free\n',
    },
    expect: ['data/trains-on-conversations'],
  },
  {
    name: 'suppression without reason',
    files: {
      'p/a.system.md': `${SCOPED}\n<!-- wa-policy-disable-next-line prompt/open-domain-grant -->\nAnswer any question on any topic.`,
    },
    expect: ['suppression/missing-reason'],
  },
  {
    name: 'suppression with reason',
    files: {
      'p/a.system.md': `${SCOPED}\n<!-- wa-policy-disable-next-line prompt/open-domain-grant -- approved by legal -->\nAnswer any question on any topic.`,
    },
    expect: [],
  },
  {
    name: 'rule turned off in config',
    files: {
      'p/a.system.md': SCOPED.split('\n').slice(0, 3).join('\n'),
      '.wa-policy.yaml': 'rules:\n  prompt/no-human-escalation: off\n',
    },
    expect: [],
  },
  {
    name: 'language without a lexicon',
    files: {
      'p/a.system.md':
        'Jūs esate kepyklos „Mažoji duona“ asistentas. Atsakykite tik į klausimus apie užsakymus ir darbo laiką. Telefonas: +370 612 34567.',
    },
    expect: ['prompt/unsupported-language'],
  },
  {
    name: 'broken YAML',
    files: { 'a.prompt.yml': 'messages:\n  - role: system\n    content: "unterminated\n' },
    expect: ['input/unreadable'],
  },
  {
    name: 'broken config',
    files: { '.wa-policy.yaml': 'rules:\n  prompt/open-domain-grant: loud\n' },
    expect: ['config/invalid'],
  },
  {
    name: 'JSON nested deeper than limits.maxDepth',
    files: {
      'studio-flow.json': `{"initial_state":"Trigger","states":[{"name":"Trigger","type":"trigger"}],"x":${'['.repeat(300)}${']'.repeat(300)}}`,
    },
    expect: ['input/limits'],
  },
  {
    name: 'n8n Execute Workflow node whose sub-workflow is not in the workspace',
    files: {
      'wf.json': JSON.stringify({
        nodes: [
          { name: 'Chat', type: '@n8n/n8n-nodes-langchain.chatTrigger', parameters: {} },
          { name: 'Escalate', type: 'n8n-nodes-base.executeWorkflow', parameters: { workflowId: 'NotHere01' } },
        ],
        connections: { Chat: { main: [[{ node: 'Escalate', type: 'main', index: 0 }]] } },
      }),
    },
    expect: ['input/incomplete'],
  },
  {
    name: 'repeated key read last-wins',
    files: {
      'a.prompt.yml': `messages:\n  - role: system\n    content: |\n${SCOPED.split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}\nmessages:\n  - role: system\n    content: Answer any question on any topic.\n`,
    },
    expect: ['input/duplicate-key', 'prompt/no-human-escalation', 'prompt/open-domain-grant'],
  },
  {
    name: 'code relay: whatsapp-web.js to chat completions without a system prompt',
    files: {
      'bot.js':
        "const { Client } = require('whatsapp-web.js');\nconst OpenAI = require('openai');\nconst openai = new OpenAI();\nconst client = new Client();\nclient.on('message', async (m) => {\n  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: m.body }] });\n  await m.reply(r.choices[0].message.content);\n});\n",
      'package.json': '{}',
    },
    expect: ['flow/no-human-path', 'flow/open-domain-llm'],
  },
  {
    name: 'code bot whose prompt comes from a database',
    files: {
      'bot.py': `from pywa import WhatsApp\nfrom openai import OpenAI\nwa = WhatsApp(phone_id="1", token="t")\nllm = OpenAI()\n@wa.on_message()\ndef on(c, msg):\n    tenant = load_tenant(msg.from_user.wa_id)\n    r = llm.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": tenant.prompt}, {"role": "user", "content": msg.text}])\n    msg.reply_text(r.choices[0].message.content)\n`,
      'requirements.txt': 'pywa\nopenai\n',
    },
    expect: ['code/unresolved-prompt', 'flow/no-human-path'],
  },
  {
    name: 'code that is not a WhatsApp bot',
    files: {
      'summarise.py': `from openai import OpenAI\nprint(OpenAI().chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": open("notes.txt").read()}]))\n`,
      'requirements.txt': 'openai\n',
    },
    expect: [],
  },
];

before(() => loadCodeParsers());

for (const c of CASES) {
  test(`rule table: ${c.name}`, () => {
    const overrides = Object.fromEntries(
      Object.entries(c.files).map(([rel, text]) => [path.join(ROOT, c.name.replace(/\W+/g, '-'), rel), text]),
    );
    const service = createPolicyService({ host: testHost(overrides) });
    const first = toUri(Object.keys(overrides)[0]);
    const result = service.lint(first);
    assert.ok(result, `${Object.keys(c.files)[0]} is not recognised`);
    assert.deepEqual(
      [...new Set(result.findings.map((f) => f.rule))].sort(),
      c.expect,
      result.findings.map((f) => `${f.rule}: ${f.message}`).join('\n'),
    );
    // A finding may cite another clause than its rule (provider/unsupported-region: one per provider).
    for (const f of result.findings)
      if (f.clause)
        assert.ok(KNOWN_CLAUSES.has(f.clause), `${f.rule} cites ${f.clause}, unknown to schemas/policies.yaml`);
  });
}

test('every rule is exercised by the table or the fixtures, and cites a known clause', () => {
  const covered = new Set(CASES.flatMap((c) => c.expect));
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z]+\/[a-z-]+$/);
    assert.ok(rule.summary.length > 20, `${rule.id} has a summary`);
    if (!covered.has(rule.id))
      assert.ok(
        ['flow/open-domain-fallback', 'flow/hidden-llm', 'flow/general-intent', 'internal/error'].includes(rule.id),
        `${rule.id} has no table case`,
      );
    if (rule.clause !== null)
      assert.ok(
        KNOWN_CLAUSES.has(rule.clause),
        `${rule.id} cites ${rule.clause}, which schemas/policies.yaml does not define`,
      );
  }
});
