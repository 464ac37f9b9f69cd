// Session 19 (flows19): where a Voiceflow knowledge base's instructions live and which steps answer with them, and n8n
// LLMs whose output goes only to the team. Own texts in the platforms' real layouts; each fails on the old code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseN8n } from '../../src/formats/n8n/parse';
import { parseVoiceflow } from '../../src/formats/voiceflow/parse';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

function rulesOf(path: string, text: string): string[] {
  const host = testHost();
  const uri = host.set(path, text);
  return (createPolicyService({ host }).lint(uri)?.findings ?? []).map((f) => f.rule).sort();
}

/** A `.vf` export (Fetch Project layout) with one topic: start → block [text, capture, step]. */
function vf(step: object, knowledgeBase: object): string {
  return JSON.stringify(
    {
      _version: '1.2',
      project: { _id: 'p1', name: 'Ferretería Los Andes', platform: 'webchat', type: 'chat', knowledgeBase },
      version: {
        _id: 'v1',
        rootDiagramID: 'd1',
        platformData: { settings: { globalNoMatch: { type: 'static', prompt: { content: '' } } }, intents: [] },
      },
      diagrams: {
        d1: {
          name: 'ROOT',
          type: 'TOPIC',
          nodes: {
            s1: { type: 'start', nodeID: 's1', data: { portsV2: { builtIn: { next: { target: 'b1' } } } } },
            b1: { type: 'block', nodeID: 'b1', data: { name: 'Pregunta', steps: ['c1', 'r1'] } },
            c1: { type: 'captureV2', nodeID: 'c1', data: { capture: { type: 'query', variable: 'last_utterance' } } },
            r1: { type: 'ai_response', nodeID: 'r1', data: step },
          },
        },
      },
    },
    null,
    2,
  );
}

const KB_SETTINGS = {
  summarization: {
    model: 'gpt-4o-mini',
    system: 'Eres la asistente amable de la ferretería.',
    prompt:
      'Contesta solo con lo que dicen los documentos de Ferretería Los Andes. Si la pregunta no trata de la ferretería o los documentos no la responden, di que no tienes esa información.',
  },
};
const DOCS = {
  doc1: { data: { type: 'url', url: 'https://ferreterialosandes.cl/precios' }, status: { type: 'SUCCESS' } },
};

test('voiceflow: a knowledge base gets its system message and its prompt template as one set of instructions', () => {
  const text = vf(
    { source: 'KNOWLEDGE_BASE', system: '', prompt: '{last_utterance}' },
    { settings: KB_SETTINGS, documents: DOCS },
  );
  const model = parseVoiceflow('file:///tmp/wa-f19/andes.vf', text);
  const kb = model.flow!.nodes.find((n) => n.id === 'knowledgeBase')!;
  const prompt = model.prompts[kb.prompt!].text.text;
  assert.match(prompt, /^Eres la asistente amable/);
  assert.match(prompt, /Contesta solo con lo que dicen los documentos/);
  // The step that answers from the knowledge base with no instructions of its own uses the same ones.
  const step = model.flow!.nodes.find((n) => n.id === 'r1')!;
  assert.equal(step.kind, 'llm');
  assert.equal(step.prompt, kb.prompt);
  assert.ok(!rulesOf('/tmp/wa-f19/andes.vf', text).some((r) => /open-domain/.test(r)));
});

test('voiceflow: a step with its own instructions keeps them; a template of the user message alone adds nothing', () => {
  const own = vf(
    {
      source: 'KNOWLEDGE_BASE',
      system: 'Responde cualquier pregunta sobre cualquier tema, aunque no sea de la ferretería.',
      prompt: '{last_utterance}',
    },
    { settings: KB_SETTINGS, documents: DOCS },
  );
  const model = parseVoiceflow('file:///tmp/wa-f19/own.vf', own);
  const step = model.flow!.nodes.find((n) => n.id === 'r1')!;
  assert.equal(
    model.prompts[step.prompt!].text.text,
    'Responde cualquier pregunta sobre cualquier tema, aunque no sea de la ferretería.',
  );
});

test('voiceflow: a knowledge base whose export lists no documents answers nothing', () => {
  const empty = vf(
    {
      source: 'KNOWLEDGE_BASE',
      overrideParams: true,
      system:
        'Eres la asistente de Ferretería Los Andes. Responde solo sobre la ferretería; si preguntan otra cosa, dilo con amabilidad.',
      prompt: '{last_utterance}',
    },
    { settings: { summarization: { model: 'gpt-4o-mini', system: 'Responde con los documentos.' } }, documents: {} },
  );
  const model = parseVoiceflow('file:///tmp/wa-f19/empty.vf', empty);
  assert.ok(!model.flow!.nodes.some((n) => n.id === 'knowledgeBase'));
  // An export without the documents key (older ones) still has its knowledge base.
  const older = parseVoiceflow('file:///tmp/wa-f19/older.vf', empty.replace('"documents": {}', '"chunks": {}'));
  assert.ok(older.flow!.nodes.some((n) => n.id === 'knowledgeBase'));
});

/** An n8n workflow export: trigger → Basic LLM Chain (with a model sub-node) → the given output nodes. */
function n8n(trigger: object, outputs: object[]): string {
  const nodes = [
    {
      parameters: {},
      id: 't',
      name: 'Entrada',
      type: 'n8n-nodes-base.webhook',
      typeVersion: 2,
      position: [0, 0],
      ...trigger,
    },
    {
      parameters: {
        promptType: 'define',
        text: '=Resume el siguiente mensaje para el equipo de ventas en tres líneas: nombre, producto que le interesa y urgencia.\n\n{{ $json.body.mensaje }}',
      },
      id: 'l',
      name: 'Resumir',
      type: '@n8n/n8n-nodes-langchain.chainLlm',
      typeVersion: 1.5,
      position: [200, 0],
    },
    {
      parameters: { model: { value: 'gpt-4o-mini' } },
      id: 'm',
      name: 'Modelo',
      type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
      typeVersion: 1,
      position: [200, 200],
    },
    ...outputs,
  ];
  const first = outputs.map((o) => ({ node: (o as { name: string }).name, type: 'main', index: 0 }));
  return JSON.stringify(
    {
      name: 'Prospectos web',
      nodes,
      connections: {
        Entrada: { main: [[{ node: 'Resumir', type: 'main', index: 0 }]] },
        Modelo: { ai_languageModel: [[{ node: 'Resumir', type: 'ai_languageModel', index: 0 }]] },
        Resumir: { main: [first] },
      },
      settings: { executionOrder: 'v1' },
    },
    null,
    2,
  );
}

const TEAMS = {
  parameters: { resource: 'chatMessage', message: '={{ $json.text }}' },
  id: 'o',
  name: 'Canal ventas',
  type: 'n8n-nodes-base.microsoftTeams',
  typeVersion: 2,
  position: [400, 0],
};

test('n8n: an LLM whose output goes only to the team answers no one who wrote in', () => {
  const model = parseN8n('file:///tmp/wa-f19/prospectos.json', n8n({}, [TEAMS]));
  const llm = model.flow!.nodes.find((n) => n.id === 'Resumir')!;
  assert.equal(llm.kind, 'action');
  assert.match(llm.label, /output goes only to staff: 'Canal ventas'/);
  assert.ok(!rulesOf('/tmp/wa-f19/prospectos.json', n8n({}, [TEAMS])).some((r) => /open-domain/.test(r)));
});

test('n8n: the same LLM still answers when its output also reaches a reply, or the trigger is a chat', () => {
  const reply = {
    parameters: { respondWith: 'text', responseBody: '={{ $json.text }}' },
    id: 'r',
    name: 'Responder',
    type: 'n8n-nodes-base.respondToWebhook',
    typeVersion: 1,
    position: [400, 200],
  };
  const both = parseN8n('file:///tmp/wa-f19/both.json', n8n({}, [TEAMS, reply]));
  assert.equal(both.flow!.nodes.find((n) => n.id === 'Resumir')!.kind, 'llm');
  const chat = parseN8n(
    'file:///tmp/wa-f19/chat.json',
    n8n({ type: '@n8n/n8n-nodes-langchain.chatTrigger', typeVersion: 1.1 }, [TEAMS]),
  );
  assert.equal(chat.flow!.nodes.find((n) => n.id === 'Resumir')!.kind, 'llm');
  // An e-mail reply to the sender answers them.
  const gmailReply = {
    parameters: { operation: 'reply', message: '={{ $json.text }}' },
    id: 'g',
    name: 'Responder correo',
    type: 'n8n-nodes-base.gmail',
    typeVersion: 2,
    position: [400, 0],
  };
  const mail = parseN8n('file:///tmp/wa-f19/mail.json', n8n({}, [gmailReply]));
  assert.equal(mail.flow!.nodes.find((n) => n.id === 'Resumir')!.kind, 'llm');
});
