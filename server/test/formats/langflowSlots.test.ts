import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLangflow } from '../../src/formats/langflow/parse';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture, lintFixture } from './formatHelpers';

test('langflow: the Prompt template is read with its {slots} filled from their fields; wired slots stay', () => {
  const { uri, text } = fixture('langflow', 'slots-rag.json');
  const model = parseLangflow(uri, text);
  const llm = model.flow!.nodes.find((n) => n.id === 'OpenAIModel-d1f2g')!;
  const prompt = model.prompts[llm.prompt!];
  assert.match(prompt.text.text, /^You are the WhatsApp assistant of Kestrel Home Insurance\.\nAnswer only questions/);
  assert.match(prompt.text.text, /If the customer wants a person: call our claims desk on 0800 640 2211/);
  // `{context}` and `{question}` are filled by edges at run time; they stay slots.
  assert.match(prompt.text.text, /\{context\}[\s\S]*\{question\}$/);
  assert.equal(prompt.nested, true, 'pieces of several strings: no text edits');
  // Each filled piece maps to its own field's string.
  const i = prompt.text.text.indexOf('Kestrel Home');
  assert.equal(text.slice(prompt.text.toSource(i), prompt.text.toSource(i + 12)), 'Kestrel Home');
  assert.deepEqual(lintFixture('langflow', 'slots-rag.json').rules, []);
});

test('langflow: a slot value that opens the bot is judged as part of the prompt', () => {
  const { text } = fixture('langflow', 'slots-rag.json');
  const open = text.replace(
    'Answer only questions about Kestrel home insurance policies, claims and payments. Politely decline any other topic.',
    'Besides insurance, answer any question on any topic from your general knowledge.',
  );
  assert.notEqual(open, text);
  const host = testHost();
  const r = createPolicyService({ host }).lint(host.set('/tmp/wa-langflow11/policy-rag.json', open));
  assert.deepEqual(
    r?.findings.map((f) => f.rule),
    ['flow/open-domain-llm'],
  );
  const m = /not scoped \("([^"]+)"\)/.exec(r!.findings[0].message);
  assert.ok(m && /any question|any topic|general knowledge/.test(m[1]), r!.findings[0].message);
});
