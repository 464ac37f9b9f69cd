import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { functionOfWidget, type TwilioFunction } from '../../src/formats/twilio-studio/functions';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture } from './formatHelpers';

before(() => loadCodeParsers());

test('twilio functions: the prompt of a run-function is read from the Function file beside the flow', () => {
  const service = createPolicyService({ host: testHost() });
  const { uri } = fixture('twilio-studio', 'serverless-clinic/studio/flow.json');
  const r = service.lint(uri)!;
  assert.equal(r.kind, 'twilio-studio');
  assert.deepEqual(
    r.findings.map((f) => f.rule),
    ['flow/open-domain-llm'],
  );
  // A leak buried in the Function's system message, reported on the widget that runs it.
  assert.match(r.findings[0].message, /Twilio Function \/ask run by 'ask_assistant' is leaky/);
  const model = service.modelOf(uri)!;
  assert.ok(model.files.some((f) => f.endsWith('/functions/ask.protected.js')));
  // The appointment lookup calls no model: no prompt, no hidden-LLM note.
  assert.equal(model.prompts.length, 1);
  assert.deepEqual(model.notes, []);
});

test('twilio functions: a system message the Function reads from a widget parameter (event.<key>) is judged', () => {
  const service = createPolicyService({ host: testHost() });
  const { uri } = fixture('twilio-studio', 'serverless-concierge/studio-flow.json');
  assert.deepEqual(service.lint(uri)!.findings, []);
  const model = service.modelOf(uri)!;
  assert.equal(model.prompts.length, 1);
  assert.match(model.prompts[0].label, /parameter 'instrucoes' of 'responder'/);
  assert.match(model.prompts[0].text.text, /^Você é o concierge virtual do Hotel Aurora/);
});

test('twilio functions: a widget finds its Function by URL path, else the only one that calls an LLM', () => {
  const fn = (path: string, callsLlm: boolean): TwilioFunction => ({
    uri: `file:///p/functions${path}.js`,
    path,
    callsLlm,
  });
  const fns = [fn('/ask', true), fn('/api/lookup', false), fn('/sms/reply', true)];
  assert.equal(functionOfWidget(fns, 'https://x-1234-dev.twil.io/api/lookup')?.path, '/api/lookup');
  assert.equal(functionOfWidget(fns, 'https://x-1234-dev.twil.io/sms/reply?x=1')?.path, '/sms/reply');
  // Two functions call a model and the widget names neither by URL: no guess.
  assert.equal(functionOfWidget(fns, undefined), undefined);
  assert.equal(functionOfWidget(fns.slice(0, 2), undefined)?.path, '/ask');
});

test('twilio functions: a Function the Studio flow runs is read with the flow, not linted as a bot of its own', () => {
  const { uri: flow, text } = fixture('twilio-studio', 'serverless-clinic/studio/flow.json');
  const fn = flow.replace('/studio/flow.json', '/functions/ask.protected.js');
  const skip = createPolicyService({ host: testHost() }).explainKind(fn);
  assert.equal(skip.kind, undefined);
  assert.match(skip.reason ?? '', /a Twilio Function run by the Studio flow studio\/flow\.json/);
  // The flow runs another URL: the Function is code of its own.
  const host = testHost();
  host.set(new URL(flow).pathname, text.replace(/\.twil\.io\/ask\b/g, '.twil.io/other'));
  assert.equal(createPolicyService({ host }).kindOf(fn), 'code');
});
