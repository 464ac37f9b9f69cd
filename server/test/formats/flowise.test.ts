import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeFlowise, parseFlowise } from '../../src/formats/flowise/parse';
import { fixture, lintFixture, shape } from './formatHelpers';

test('flowise: scoped tool agent with a human handoff tool', () => {
  const { uri, text } = fixture('flowise', 'scoped-handoff.json');
  assert.ok(looksLikeFlowise(text));
  const m = parseFlowise(uri, text);
  assert.equal(m.kind, 'flowise');
  const { kinds, edges } = shape(m);
  assert.deepEqual(kinds, {
    'chat input': 'trigger',
    chatAnthropic_0: 'other',
    requestsPost_0: 'human',
    toolAgent_0: 'llm',
  });
  assert.deepEqual([...edges].sort(), [
    'chat input->toolAgent_0',
    'toolAgent_0->chatAnthropic_0',
    'toolAgent_0->requestsPost_0',
  ]);
  const agent = m.flow!.nodes.find((n) => n.id === 'toolAgent_0')!;
  assert.match(m.prompts[agent.prompt!].text.text, /^You are the ordering assistant of Bella Pizza\./);
  assert.deepEqual(
    m.models.map((x) => [x.provider, x.model]),
    [['anthropic', 'claude-3-5-haiku-latest']],
  );
  assert.deepEqual(lintFixture('flowise', 'scoped-handoff.json'), { kind: 'flowise', rules: [], errors: [] });
});

test('flowise: conversation chain with a generic system message', () => {
  const { uri, text } = fixture('flowise', 'open-domain-conversation.json');
  const m = parseFlowise(uri, text);
  const { kinds, edges } = shape(m);
  assert.deepEqual(kinds, {
    'chat input': 'trigger',
    chatOpenAI_0: 'other',
    conversationChain_0: 'llm',
    bufferMemory_0: 'other',
  });
  assert.deepEqual([...edges].sort(), [
    'chat input->conversationChain_0',
    'conversationChain_0->bufferMemory_0',
    'conversationChain_0->chatOpenAI_0',
  ]);
  const unit = m.prompts[0];
  assert.equal(text.slice(unit.text.toSource(0), unit.text.toSource(unit.text.text.length - 1) + 1), unit.text.text);
  assert.deepEqual(
    m.models.map((x) => [x.provider, x.model]),
    [['openai', 'gpt-4o']],
  );
  const r = lintFixture('flowise', 'open-domain-conversation.json');
  assert.deepEqual(r.rules, ['flow/no-human-path', 'flow/open-domain-llm']);
  assert.deepEqual(r.errors, ['flow/open-domain-llm']);
});

test('flowise: sniffing', () => {
  assert.ok(!looksLikeFlowise('{"nodes": [], "edges": []}'));
});

test('flowise: an OpenAI Assistant node hides its instructions (hidden LLM, not an LLM without a prompt)', () => {
  const node = {
    id: 'openAIAssistant_0',
    type: 'customNode',
    data: {
      id: 'openAIAssistant_0',
      label: 'OpenAI Assistant',
      name: 'openAIAssistant',
      category: 'Agents',
      inputs: { selectedAssistant: 'a1b2' },
      inputAnchors: [],
      outputAnchors: [],
    },
  };
  const model = parseFlowise('file:///tmp/assistant.json', JSON.stringify({ nodes: [node], edges: [] }));
  assert.equal(model.flow!.nodes.find((n) => n.id === 'openAIAssistant_0')!.kind, 'webhook');
  assert.deepEqual(
    model.notes.map((n) => n.kind),
    ['hidden-llm'],
  );
});

test('flowise: a chain whose answer goes through a structured output parser returns data, not a chat reply', () => {
  const { uri, text } = fixture('flowise', 'structured-output-tagger.json');
  const m = parseFlowise(uri, text);
  const { kinds } = shape(m);
  assert.equal(kinds.llmChain_0, 'llm');
  assert.equal(kinds['chat input'], undefined, 'no customer message enters it');
  assert.deepEqual(lintFixture('flowise', 'structured-output-tagger.json'), { kind: 'flowise', rules: [], errors: [] });
  // The same chain without its parser answers the chat.
  const chat = text.replace('"outputParser": "{{structuredOutputParser_0.data.instance}}",', '');
  assert.equal(shape(parseFlowise(uri, chat)).kinds['chat input'], 'trigger');
});
