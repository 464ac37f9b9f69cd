import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { toPath, toUri } from '../../src/model/uri';
import { runScanWorker, type ScanMessage } from '../../src/lsp/scanWorker';
import { walkFolder } from '../../src/nodeHost/walk';
import { createPolicyService } from '../../src/service';
import { sniffPrompt } from '../../src/formats/prompt-files/sniff';
import { REPO, testHost } from '../helpers/fsHost';

// Not under test-fixtures/: the fixture suite lints every bot file there against annotations.
const SNIFF = path.join(REPO, 'server', 'test', 'formats', 'discovery-cases');
const files = (dir: string) => fs.readdirSync(path.join(SNIFF, dir)).map((f) => path.join(SNIFF, dir, f));

test('discovery: system prompts not named as prompts are read by content, in 28 languages', () => {
  const service = createPolicyService({ host: testHost() });
  const yes = files('yes');
  const languages = new Set(yes.map((f) => path.basename(f).split('-')[0]));
  assert.ok(languages.size >= 28, `${languages.size} languages`);
  for (const f of yes)
    assert.equal(
      service.kindOf(toUri(f)),
      'system-prompt',
      `${path.basename(f)}: ${service.explainKind(toUri(f)).reason}`,
    );
});

test('discovery: repository docs, tutorials, notes and data files are not prompts, and say why', () => {
  const service = createPolicyService({ host: testHost() });
  for (const f of files('no')) {
    const out = service.explainKind(toUri(f));
    assert.equal(out.kind, undefined, `${path.basename(f)} was read as ${out.kind}`);
    assert.match(out.reason ?? '', /reads like documentation: |no instruction to an assistant found/, path.basename(f));
  }
});

test('discovery: the skip reasons name the documentation evidence or what was missing', () => {
  const service = createPolicyService({ host: testHost() });
  const reason = (name: string) => service.explainKind(toUri(path.join(SNIFF, 'no', name))).reason ?? '';
  assert.match(reason('project-overview.md'), /reads like documentation: .*headings such as "(features|installation)"/);
  assert.match(reason('project-overview.md'), /shell commands/);
  assert.match(reason('tutorial-prompt.md'), /reads like documentation: .*talks about/);
  assert.match(reason('deps.txt'), /no instruction to an assistant found \(no persona line/);
  assert.match(
    reason('notes.txt'),
    /no instruction to an assistant found \(seen: \d+ directive line\(s\).*"You are …" line is needed/,
  );
});

test('discovery: documentation paths never qualify; a hinting name lowers the bar; VS Code prompt files stay skipped', () => {
  const prompt = fs.readFileSync(path.join(SNIFF, 'yes', 'en-bakery.md'), 'utf8');
  const host = testHost();
  const at = (p: string, text = prompt) => host.set(`/tmp/wa-discover${p}`, text);
  const service = createPolicyService({ host });
  assert.equal(service.kindOf(at('/bots/acme/system.md')), 'system-prompt');
  assert.equal(service.kindOf(at('/agent/instructions.md')), 'system-prompt');
  assert.match(service.explainKind(at('/docs/bot.md')).reason ?? '', /reads like documentation: it is under docs\//);
  assert.match(service.explainKind(at('/vendor/lib/persona.md')).reason ?? '', /under vendor\//);
  assert.match(service.explainKind(at('/src/SECURITY.md')).reason ?? '', /SECURITY\.md is a repository document/);
  assert.equal(service.kindOf(at('/.github/prompts/support.prompt.md')), undefined);
  assert.equal(service.kindOf(at('/agent/support.instructions.md')), undefined);
  const short =
    'You are the booking assistant of Acme Plumbing.\nIf the customer asks for a person, hand off to a human agent.\n';
  assert.equal(service.kindOf(at('/config/persona.txt', short)), 'system-prompt');
  // Opening on the persona line counts: a two-line prompt is taken anywhere, a lone persona line only with a hint.
  assert.equal(service.kindOf(at('/misc/acme.txt', short)), 'system-prompt');
  const persona = 'You are the booking assistant of Acme Plumbing.\n';
  assert.equal(service.kindOf(at('/config/persona.txt', persona)), 'system-prompt');
  assert.match(service.explainKind(at('/misc/acme.txt', persona)).reason ?? '', /score 3 of 4 needed/);
  // Without a persona line a hinting name still needs rules addressed to "you": a to-do list in bot/ is not a prompt.
  const notes = fs.readFileSync(path.join(SNIFF, 'no', 'notes.txt'), 'utf8');
  assert.equal(service.kindOf(at('/bot/notes.txt', notes)), undefined);
  const rules =
    'Rules for replies:\n- Always answer in English, in two sentences or fewer.\n- Never promise a delivery date you cannot check.\n- If you do not know the order status, ask for the order number.\n- When you cannot help, hand off to a human agent.\n';
  assert.equal(service.kindOf(at('/bot/rules.md', rules)), 'system-prompt');
  assert.match(service.explainKind(at('/misc/rules.md', rules)).reason ?? '', /a "You are …" line is needed/);
});

test('discovery: large files are not read as prompts and only the head counts', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  const prompt = fs.readFileSync(path.join(SNIFF, 'yes', 'en-bakery.md'), 'utf8');
  const big = host.set('/tmp/wa-discover/bot/big.md', prompt + 'x'.repeat(300 * 1024));
  assert.match(service.explainKind(big).reason ?? '', /too large for a system prompt/);
  const late = host.set('/tmp/wa-discover/misc/late.md', 'filler line\n'.repeat(1000) + prompt);
  assert.match(service.explainKind(late).reason ?? '', /no instruction to an assistant found/);
});

/** A small repository with prompts by content, docs and data files; returns its root. */
function mixedTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-discover-'));
  const put = (rel: string, from: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.copyFileSync(path.join(SNIFF, from), path.join(root, rel));
  };
  put('bots/acme/system.md', 'yes/en-bakery.md');
  put('templates/base.txt', 'yes/es-clinica.txt');
  put('config/persona.txt', 'yes/zh-kuaidi.txt');
  put('README.md', 'no/project-overview.md');
  put('docs/setup.md', 'yes/fr-hotel.md');
  put('docs/tutorial.md', 'no/tutorial-prompt.md');
  put('notes.txt', 'no/notes.txt');
  put('requirements.txt', 'no/deps.txt');
  put('data/contacts.txt', 'no/contacts.txt');
  put('CHANGELOG.md', 'no/release-notes.md');
  return root;
}
const PROMPTS_OF_TREE = ['bots/acme/system.md', 'config/persona.txt', 'templates/base.txt'];

test('discovery: a folder walk (as the CLI does it) over a mixed tree finds the prompts and nothing else', () => {
  const root = mixedTree();
  try {
    const service = createPolicyService({ host: testHost() });
    const found = walkFolder(root)
      .filter((f) => service.kindOf(toUri(f)) === 'system-prompt')
      .map((f) => path.relative(root, f).split(path.sep).join('/'))
      .sort();
    assert.deepEqual(found, PROMPTS_OF_TREE);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('discovery: the workspace scan worker reports the same prompts', async () => {
  const root = mixedTree();
  try {
    const messages: ScanMessage[] = [];
    await runScanWorker([toUri(root)], { postMessage: (m: ScanMessage) => messages.push(m) });
    const found = messages
      .flatMap((m) => (m.type === 'file' && m.kind ? [m] : []))
      .map((m) => path.relative(root, toPath(m.uri)).split(path.sep).join('/'))
      .sort();
    assert.deepEqual(found, PROMPTS_OF_TREE);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("discovery: a prompt quoted in a code fence or a block quote is not the file's own instruction", () => {
  const prompt = fs.readFileSync(path.join(SNIFF, 'yes', 'en-bakery.md'), 'utf8');
  assert.equal(sniffPrompt(prompt, false), true);
  assert.match(
    String(sniffPrompt('Example:\n\n```\n' + prompt + '\n```\n', false)),
    /no instruction to an assistant found/,
  );
  const quoted = prompt
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  assert.match(
    String(sniffPrompt('Example from the workshop:\n\n' + quoted, false)),
    /no instruction to an assistant found/,
  );
});

/** The labelled dev corpus beside the repository (a worktree sits one level deeper). */
const EVAL_PROMPTS = [
  path.resolve(REPO, '..', 'shared', 'eval', 'prompts'),
  path.resolve(REPO, '..', '..', 'shared', 'eval', 'prompts'),
].find((d) => fs.existsSync(d));

test(
  'discovery: most prompts of the dev corpus are recognised by content alone',
  { skip: EVAL_PROMPTS ? false : 'no dev corpus beside the repository' },
  () => {
    const texts = fs
      .readdirSync(EVAL_PROMPTS!)
      .filter((f) => /\.(md|txt)$/.test(f))
      .map((f) => fs.readFileSync(path.join(EVAL_PROMPTS!, f), 'utf8'));
    const taken = texts.filter((t) => sniffPrompt(t, false) === true).length;
    assert.ok(texts.length >= 20, `${texts.length} prompts`);
    assert.ok(taken >= texts.length * 0.75, `${taken}/${texts.length} taken without a name hint`);
    // With a hinting name (bots/…, persona.txt) the bar is lower.
    assert.ok(texts.filter((t) => sniffPrompt(t, true) === true).length >= texts.length * 0.9);
  },
);

test('discovery: template files (.tpl, .hbs, .j2, *.prompt.md outside .github) are read by content; VS Code prompt files are not', () => {
  const host = testHost();
  const at = (p: string, text: string) => host.set(`/tmp/wa-templates${p}`, text);
  const service = createPolicyService({ host });
  const template =
    'Sei {{bot_name}}, l’assistente di {{shop}}.\n\nRegole:\n- Rispondi solo su ordini e consegne.\n- Se il cliente chiede un operatore, trasferisci la chat.\n';
  assert.equal(service.kindOf(at('/templates/shop/system.tpl', template)), 'system-prompt');
  assert.equal(service.kindOf(at('/templates/shop.hbs', template)), 'system-prompt');
  assert.equal(service.kindOf(at('/templates/shop.prompt.md', template)), 'system-prompt');
  const vscode = `---\nmode: agent\ntools: ['codebase']\n---\n${template}`;
  assert.match(service.explainKind(at('/prompts-lib/gen.prompt.md', vscode)).reason ?? '', /VS Code prompt/);
  assert.equal(service.kindOf(at('/.github/prompts/shop.prompt.md', template)), undefined);
});

test('discovery: a YAML template holding its prompt in a block scalar is read with its slot values', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  const yaml = (business: string, persona: string, phone: string) =>
    `variables:\n  business_name: "${business}"\n  persona: "${persona}"\n  support_phone: "${phone}"\n\nsystem_prompt: |\n  You are {{persona}} for {{business_name}}.\n  Answer the user's messages clearly and briefly.\n  If the user needs a person, give them this number: {{support_phone}}.\n`;
  const good = host.set(
    '/tmp/wa-yaml/templates/acme.yaml',
    yaml('Acme Plumbing', 'the booking assistant', '+44 113 496 0725'),
  );
  assert.equal(service.kindOf(good), 'system-prompt');
  assert.deepEqual(
    (service.lint(good)?.findings ?? []).map((f) => f.rule),
    [],
  );
  assert.equal(service.modelOf(good)?.prompts[0]?.variables.business_name, 'Acme Plumbing');
  const empty = host.set('/tmp/wa-yaml/templates/empty.yaml', yaml('', 'a helpful, knowledgeable assistant', ''));
  const rules = (service.lint(empty)?.findings ?? []).map((f) => f.rule);
  assert.ok(rules.includes('prompt/no-business-scope') || rules.includes('prompt/open-domain-grant'), rules.join());
  assert.ok(rules.includes('prompt/no-human-escalation'), rules.join());
  assert.equal(
    service.kindOf(host.set('/tmp/wa-yaml/ci.yaml', 'jobs:\n  build:\n    run: |\n      npm test\n')),
    undefined,
  );
});

test('discovery: without a persona line, a hinted path takes a prompt laid out as one (rule list, tools, slots) in any language', () => {
  const host = testHost();
  const at = (p: string, text: string) => host.set(`/tmp/wa-discover-shape${p}`, text);
  const service = createPolicyService({ host });
  // Georgian: no cue words of the language, only its structure (a rule list, tools with signatures, a {{slot}}).
  const tools =
    'ხელსაწყოები:\n- search_orders(phone) — შეკვეთების ძებნა\n- track_parcel(code) — ამანათის სტატუსი\n- refund_status(id) — დაბრუნების სტატუსი\n\nმომხმარებელი: {{customer_name}}. უპასუხე მოკლედ.\n';
  assert.equal(service.kindOf(at('/bots/gza/system.txt', tools)), 'system-prompt');
  // The same text without a hinting path is not taken; nor is a hinted to-do list.
  assert.equal(service.kindOf(at('/misc/notes.txt', tools)), undefined);
  assert.equal(service.kindOf(at('/bots/gza/todo.txt', '- buy milk\n- call Ana\n- fix the router\n')), undefined);
});

test('discovery: a YAML file of slot values, a `---` line and the prompt text using them is a template', () => {
  const host = testHost();
  const yaml =
    'shop_name: ""\npersona: "a friendly assistant who knows everything"\n---\nYou are {{persona}} of {{shop_name}}.\nAnswer briefly.\n';
  const uri = host.set('/tmp/wa-discover-two/bots/templates/default.yaml', yaml);
  const service = createPolicyService({ host });
  assert.equal(service.kindOf(uri), 'system-prompt');
  // Two YAML documents with no slot of the first used in the second are not a template.
  const plain = host.set('/tmp/wa-discover-two/k8s/deploy.yaml', 'name: web\n---\nkind: Service\nport: 80\n');
  assert.equal(createPolicyService({ host }).kindOf(plain), undefined);
});
