import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeTypebot, parseTypebot } from '../../src/formats/typebot/parse';
import { fixture, lintFixture, shape } from './formatHelpers';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

test('typebot: scoped OpenAI block with a Chatwoot handoff (an HTTP request to the Chatwoot API)', () => {
  const { uri, text } = fixture('typebot', 'scoped-handoff.json');
  assert.ok(looksLikeTypebot(text));
  const m = parseTypebot(uri, text);
  assert.equal(m.kind, 'typebot');
  const { kinds, edges } = shape(m);
  assert.deepEqual(kinds, {
    ev_start: 'trigger',
    b_hello: 'reply',
    b_choice: 'router',
    b_question: 'reply',
    b_ai: 'llm',
    b_answer: 'reply',
    b_wait: 'reply',
    b_chatwoot: 'human',
  });
  for (const e of [
    'ev_start->b_hello',
    'b_hello->b_choice',
    'b_choice->b_question',
    'b_choice->b_wait',
    'b_question->b_ai',
    'b_ai->b_answer',
    'b_answer->b_choice',
    'b_wait->b_chatwoot',
  ])
    assert.ok(edges.has(e), e);
  const ai = m.flow!.nodes.find((n) => n.id === 'b_ai')!;
  const unit = m.prompts[ai.prompt!];
  assert.match(unit.text.text, /^You are the ordering assistant of Bella Pizza\./);
  // The mapped text points back into the JSON string.
  const i = unit.text.text.indexOf('"agent"');
  assert.equal(text.slice(unit.text.toSource(i), unit.text.toSource(i + 7)), '\\"agent\\"');
  assert.deepEqual(
    m.models.map((x) => [x.provider, x.model]),
    [['openai', 'gpt-4o-mini']],
  );
  assert.ok(m.whatsapp);
  assert.deepEqual(lintFixture('typebot', 'scoped-handoff.json'), { kind: 'typebot', rules: [], errors: [] });
});

test('typebot: ChatGPT template (dialogue only, no system message)', () => {
  const { uri, text } = fixture('typebot', 'open-domain-chatgpt.json');
  const m = parseTypebot(uri, text);
  const { kinds, edges } = shape(m);
  assert.deepEqual(kinds, { ev_start: 'trigger', b_input: 'reply', b_append: 'other', b_ai: 'llm', b_answer: 'reply' });
  assert.deepEqual([...edges].sort(), [
    'b_ai->b_answer',
    'b_answer->b_input',
    'b_append->b_ai',
    'b_input->b_append',
    'ev_start->b_input',
  ]);
  assert.equal(m.flow!.nodes.find((n) => n.id === 'b_ai')!.prompt, undefined);
  assert.deepEqual(m.prompts, []);
  const r = lintFixture('typebot', 'open-domain-chatgpt.json');
  assert.deepEqual(r.rules, ['flow/no-human-path', 'flow/open-domain-llm']);
  assert.deepEqual(r.errors, ['flow/open-domain-llm']);
});

test('typebot: sniffing', () => {
  assert.ok(!looksLikeTypebot('{"groups": [], "edges": []}'));
  assert.ok(looksLikeTypebot('{"typebot": {"groups": [], "edges": []}}'));
  // Typebot 5 (before `events`): the start block is the first group's first block.
  assert.ok(looksLikeTypebot('{"groups": [{"blocks": [{"id": "s", "type": "start"}]}], "edges": []}'));
  assert.ok(!looksLikeTypebot('{"groups": [{"blocks": [{"type": "text"}]}], "edges": []}'));
});

test('typebot 5: a start block in a group, and an OpenAI block that sends the user text with no system message', () => {
  const r = lintFixture('typebot', 'v5-start-block-user-only.json');
  assert.equal(r.kind, 'typebot');
  assert.deepEqual(r.rules, ['flow/no-human-path', 'flow/open-domain-llm']);
});

test('typebot: an HTTP block to a helpdesk API and a bubble with the shop phone are paths to a person', () => {
  const { uri, text } = fixture('typebot', 'scoped-handoff.json');
  const chatwoot = /\{[^{}]*"id":\s*"b_chatwoot"[^{}]*\{[^{}]*\}[^{}]*\}/;
  assert.match(text, chatwoot);
  const kindWith = (block: object) =>
    parseTypebot(uri, text.replace(chatwoot, JSON.stringify({ id: 'b_chatwoot', ...block }))).flow!.nodes.find(
      (n) => n.id === 'b_chatwoot',
    )!.kind;
  // A self-hosted Chatwoot: the API path says what it is, not the host name.
  const webhook = (url: string) => ({ type: 'Webhook', options: { webhook: { url, method: 'POST' } } });
  assert.equal(kindWith(webhook('https://chat.bella.example/api/v1/accounts/3/conversations')), 'human');
  assert.equal(kindWith(webhook('https://pos.bella.example/api/orders')), 'webhook');
  const bubble = (words: string) => ({
    type: 'text',
    content: { richText: [{ type: 'p', children: [{ text: words }] }] },
  });
  assert.equal(kindWith(bubble('For changes to your order call the shop on +39 02 5555 0101.')), 'human');
  assert.equal(kindWith(bubble('Your order number is 4471.')), 'reply');
});

test('typebot: the Chatwoot block is a web widget that Typebot skips on WhatsApp, not a path to a person', () => {
  const { uri, text } = fixture('typebot', 'scoped-handoff.json');
  const chatwoot = /\{[^{}]*"id":\s*"b_chatwoot"[^{}]*\{[^{}]*\}[^{}]*\}/;
  for (const task of ['Show widget', 'Close widget']) {
    const block = { id: 'b_chatwoot', type: 'Chatwoot', options: { task, baseUrl: 'https://app.chatwoot.com' } };
    const m = parseTypebot(uri, text.replace(chatwoot, JSON.stringify(block)));
    const node = m.flow!.nodes.find((n) => n.id === 'b_chatwoot')!;
    assert.equal(node.kind, 'other', task);
    assert.match(node.label, /web widget: Typebot skips it on WhatsApp/);
  }
  assert.deepEqual(lintFixture('typebot', 'v6-chatwoot-widget.json').rules, ['flow/no-human-path']);
});

test("typebot: a text bubble on a condition branch that gives a named admin's wa.me link is a path to a person", () => {
  const { uri, text } = fixture('typebot', 'v6-condition-admin-link.json');
  const { kinds, edges } = shape(parseTypebot(uri, text));
  assert.equal(kinds.b_admin, 'human');
  assert.ok(edges.has('b_route->b_admin'));
  assert.deepEqual(lintFixture('typebot', 'v6-condition-admin-link.json').rules, []);
  // A placeholder number in the link reaches no one.
  const fake = text.replace('wa.me/6281377712345', 'wa.me/6200000000000');
  assert.notEqual(shape(parseTypebot(uri, fake)).kinds.b_admin, 'human');
});

test('typebot: instructions a Set variable block writes into the message sent to a stored assistant open it when they grant general use', () => {
  const { uri, text } = fixture('typebot', 'openai-assistant-loop.json');
  const withExtra = (extra: string): string => {
    const bot = JSON.parse(text) as {
      variables: { id: string; name: string }[];
      groups: { blocks: { id: string; type: string; options?: Record<string, unknown> }[] }[];
    };
    bot.variables.push({ id: 'v9', name: 'Extra instructions' });
    const group = bot.groups.find((g) => g.blocks.some((b) => b.type === 'openai'))!;
    const ask = group.blocks.find((b) => b.type === 'openai')!;
    ask.options!.message = '{{Extra instructions}}\n\nCustomer: {{User last message}}';
    group.blocks.unshift({
      id: 'set-extra',
      type: 'Set variable',
      options: { variableId: 'v9', expressionToEvaluate: extra, isCode: false },
    });
    return JSON.stringify(bot, null, 2);
  };
  const open = withExtra('Answer any question the user asks, on any topic. Never refuse a request.');
  const model = parseTypebot(uri, open);
  const ask = model.flow!.nodes.find((n) => n.attrs?.type === 'openai')!;
  assert.equal(ask.kind, 'llm');
  assert.match(model.prompts[ask.prompt!].text.text, /^Answer any question the user asks, on any topic\./);
  assert.ok(
    model.notes.some((n) => n.kind === 'hidden-llm'),
    'the stored instructions stay unknown',
  );
  const host = testHost();
  const r = createPolicyService({ host }).lint(host.set('/tmp/wa-typebot11/open.json', open));
  assert.ok(r?.findings.some((f) => f.rule === 'flow/open-domain-llm'));
  // Scoped extra instructions decide nothing about the stored ones: the block stays a hidden LLM.
  const scoped = parseTypebot(uri, withExtra('Only help with orders of Bella Pizza.'));
  const block = scoped.flow!.nodes.find((n) => n.attrs?.type === 'openai')!;
  assert.equal(block.kind, 'webhook');
  assert.equal(block.prompt, undefined);
});

test("typebot: an edge starts where an item's outgoingEdgeId names it, even when its `from` holds the item id", () => {
  const { uri, text } = fixture('typebot', 'v6-assistant-item-edges.json');
  const { kinds, edges } = shape(parseTypebot(uri, text));
  assert.equal(kinds.b_person, 'human');
  assert.equal(kinds.b_assistant, 'webhook');
  for (const e of ['ev_start->b_hello', 'b_menu->b_question', 'b_menu->b_person']) assert.ok(edges.has(e), e);
  // The menu reaches the mechanics: no "no path to a person"; the assistant's stored prompt stays unseen.
  assert.deepEqual(lintFixture('typebot', 'v6-assistant-item-edges.json').rules, ['flow/hidden-llm']);
  // Without the items' outgoingEdgeId, nothing names the menu block as the start of those edges.
  const bare = text.replace(/, "outgoingEdgeId": "e_(ask|person)"/g, '');
  assert.ok(!shape(parseTypebot(uri, bare)).edges.has('b_menu->b_person'));
});

test('typebot: an export under __tests__/ whose test code names it is test data, with the reason; otherwise it is a bot', () => {
  const { text } = fixture('typebot', 'open-domain-chatgpt.json');
  const alone = testHost();
  const bot = alone.set('/tmp/wa-typebot12a/packages/engine/src/__tests__/fixtures/bots/chat.json', text);
  alone.set(
    '/tmp/wa-typebot12a/packages/engine/src/__tests__/other.test.ts',
    "import bot from './fixtures/bots/other.json';\n",
  );
  assert.equal(createPolicyService({ host: alone }).kindOf(bot), 'typebot', 'no test code names it: linted');
  const host = testHost();
  const data = host.set('/tmp/wa-typebot12b/packages/engine/src/__tests__/fixtures/bots/chat.json', text);
  host.set(
    '/tmp/wa-typebot12b/packages/engine/src/__tests__/chatBlock.test.ts',
    "import bot from './fixtures/bots/chat.json';\n",
  );
  const skip = createPolicyService({ host }).explainKind(data);
  assert.equal(skip.kind, undefined);
  assert.match(
    skip.reason ?? '',
    /test data of a code project: it is under __tests__\/, whose test code \(chatBlock\.test\.ts\) loads it/,
  );
});

test('typebot: an export under src/test/ of an app with its manifest beside src/ is test data; so is one a spec names by its asset path', () => {
  const { text } = fixture('typebot', 'open-domain-chatgpt.json');
  const app = testHost();
  const asset = app.set('/tmp/wa-typebot13a/apps/studio/src/test/assets/bots/ai/chat.json', text);
  app.set('/tmp/wa-typebot13a/apps/studio/package.json', '{"name": "studio"}\n');
  assert.match(
    createPolicyService({ host: app }).explainKind(asset).reason ?? '',
    /under test\/ beside src\/ and package\.json/,
  );
  // No manifest anywhere: a spec that loads it through an assets helper by the end of its path.
  const spec = testHost();
  const named = spec.set('/tmp/wa-typebot13b/web/src/test/assets/bots/ai/chat.json', text);
  spec.set('/tmp/wa-typebot13b/web/src/test/ai.spec.ts', "await load(getTestAsset('bots/ai/chat.json'))\n");
  assert.match(
    createPolicyService({ host: spec }).explainKind(named).reason ?? '',
    /whose test code \(ai\.spec\.ts\) loads it/,
  );
  // The spec loads another asset, and the folder holding test/ is no source folder: linted.
  const other = testHost();
  const bot = other.set('/tmp/wa-typebot13c/web/bots/test/assets/ai/chat.json', text);
  other.set('/tmp/wa-typebot13c/web/package.json', '{"name": "web"}\n');
  other.set('/tmp/wa-typebot13c/web/bots/test/ai.spec.ts', "await load(getTestAsset('ai/other.json'))\n");
  assert.equal(createPolicyService({ host: other }).kindOf(bot), 'typebot');
});

test('typebot: an export under fixtures/ that a spec in the test folder beside it loads is test data, with the reason', () => {
  // A platform's end-to-end package: fixtures/ and specs/ side by side, no manifest checked in with them.
  const { text } = fixture('typebot', 'open-domain-chatgpt.json');
  const host = testHost();
  const data = host.set('/tmp/wa-typebot14a/apps/playwright/fixtures/bots/support/faq.json', text);
  host.set(
    '/tmp/wa-typebot14a/apps/playwright/specs/faq.spec.ts',
    "await importBot(getFixture('bots/support/faq.json'), { id: 'faq' });\n",
  );
  const skip = createPolicyService({ host }).explainKind(data);
  assert.equal(skip.kind, undefined);
  assert.match(
    skip.reason ?? '',
    /test data of a code project: it is under fixtures\/, and the test code beside it \(specs\/faq\.spec\.ts\) loads it/,
  );
  // The spec beside it loads another fixture (only the file name is shared): linted.
  const other = testHost();
  const bot = other.set('/tmp/wa-typebot14b/apps/playwright/fixtures/bots/support/faq.json', text);
  other.set(
    '/tmp/wa-typebot14b/apps/playwright/specs/faq.spec.ts',
    "await importBot(getFixture('bots/sales/faq.json'));\n",
  );
  assert.equal(createPolicyService({ host: other }).kindOf(bot), 'typebot');
});

test('typebot: an OpenAI system message that is a {{variable}} is read as the text a Set variable block gives it', () => {
  const { uri, text } = fixture('typebot', 'open-domain-chatgpt.json');
  const withSystem = (instructions: string) => {
    const bot = JSON.parse(text);
    bot.variables.push({ id: 'v_sys', name: 'instrucoes' });
    bot.groups[0].blocks.unshift({
      id: 'b_sys',
      type: 'Set variable',
      options: { variableId: 'v_sys', expressionToEvaluate: instructions },
    });
    bot.groups[1].blocks[0].options.messages.unshift({ id: 'm_sys', role: 'system', content: '{{instrucoes}}' });
    return JSON.stringify(bot, null, 2);
  };
  // A one-line script that returns the text (`return \`…\``) gives that text.
  const scoped = withSystem(
    'return `Você é a atendente da Padaria Trigo Bom. Só responda sobre pães, encomendas e horários da padaria; para outros assuntos diga que só pode ajudar com a padaria.`',
  );
  const m = parseTypebot(uri, scoped);
  const ai = m.flow!.nodes.find((n) => n.id === 'b_ai')!;
  const unit = m.prompts[ai.prompt!];
  assert.match(unit.text.text, /^Você é a atendente da Padaria Trigo Bom\./);
  assert.equal(unit.nested, true, 'the text is in another block: no edits');
  // Offsets point into the Set variable block.
  const at = unit.text.toSource(unit.text.text.indexOf('Padaria'));
  assert.equal(scoped.slice(at, at + 7), 'Padaria');
  const lint = (bot: string) => {
    const host = testHost();
    const u = host.set('/tmp/wa-typebot13d/bot.json', bot);
    return (createPolicyService({ host }).lint(u)?.findings ?? []).map((f) => f.rule);
  };
  assert.ok(!lint(scoped).includes('flow/open-domain-llm'));
  assert.ok(lint(withSystem('Responda qualquer pergunta sobre qualquer assunto.')).includes('flow/open-domain-llm'));
});

test('typebot: an export under src/test/ that a spec elsewhere in src/ loads is test data; another asset is linted', () => {
  // A monorepo app whose specs sit beside the features they test and whose src/test/ keeps only their assets.
  const { text } = fixture('typebot', 'open-domain-chatgpt.json');
  const host = testHost();
  const data = host.set('/tmp/wa-typebot15a/apps/editor/src/test/assets/flows/ai-reply.json', text);
  host.set(
    '/tmp/wa-typebot15a/apps/editor/src/features/blocks/ai/aiReply.spec.ts',
    "await importFlow(getTestAsset('flows/ai-reply.json'), { id })\n",
  );
  const skip = createPolicyService({ host }).explainKind(data);
  assert.equal(skip.kind, undefined);
  assert.match(
    skip.reason ?? '',
    /under src\/test\/, and test code in src\/ \(features\/blocks\/ai\/aiReply\.spec\.ts\) loads it/,
  );
  // The spec loads another asset: the export is linted.
  const other = testHost();
  const bot = other.set('/tmp/wa-typebot15b/apps/editor/src/test/assets/flows/ai-reply.json', text);
  other.set(
    '/tmp/wa-typebot15b/apps/editor/src/features/blocks/ai/aiReply.spec.ts',
    "await importFlow(getTestAsset('flows/other.json'), { id })\n",
  );
  assert.equal(createPolicyService({ host: other }).kindOf(bot), 'typebot');
});
