// Session 17 (flows17): a handoff that a playbook's steps send to another playbook of the same export
// (`${PLAYBOOK:…}`) goes to that AI agent, not to a person; it reaches a person only if that playbook does.
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';
import { dialogflowCxFiles } from '../../src/formats/dialogflow-cx/parse';
import { ownEscalations } from '../../src/formats/shared/handoff';
import type { PromptUnit } from '../../src/model/types';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

/** A CX folder export in memory: agent.json and one playbooks/<name>/<name>.json per playbook (goal and steps). */
function cxExport(dir: string, start: string, playbooks: Record<string, { goal: string; steps: string[] }>) {
  const files: Record<string, string> = {
    [path.join(dir, 'agent.json')]: JSON.stringify(
      { name: '0b1c', defaultLanguageCode: 'en', timeZone: 'UTC', startPlaybook: start },
      null,
      2,
    ),
  };
  for (const [name, pb] of Object.entries(playbooks))
    files[path.join(dir, 'playbooks', name, `${name}.json`)] = JSON.stringify(
      {
        name: `id-${name}`,
        displayName: name,
        goal: pb.goal,
        instruction: { steps: pb.steps.map((text) => ({ text })) },
        playbookType: 'ROUTINE',
      },
      null,
      2,
    );
  return files;
}

function rules(files: Record<string, string>, dir: string): string[] {
  const host = testHost(files);
  const service = createPolicyService({ host });
  const out: string[] = [];
  for (const uri of dialogflowCxFiles(toUri(dir), host))
    for (const f of service.lint(uri)?.findings ?? []) out.push(f.rule);
  return out;
}

const CASES = [
  {
    lang: 'es',
    start: 'Asistente Ferretería',
    goal: 'Ayudas a los clientes de Ferretería Ruiz con pedidos, stock y envíos. Solo temas de la ferretería.',
    handoff: 'Si el cliente pide hablar con una persona, envíalo a ${PLAYBOOK:Reclamos}.',
    other: 'Reclamos',
    otherGoal: 'Registras reclamos de Ferretería Ruiz y das un número de caso.',
    human:
      'Si el cliente insiste en hablar con una persona, dale el teléfono de atención +34 911 234 567 (lunes a viernes, 9 a 18 h).',
  },
  {
    lang: 'en',
    start: 'Bike Shop Helper',
    goal: 'You help customers of Pedal & Co. with bike repairs, bookings and spare parts only.',
    handoff: 'When someone asks for a human agent, hand them over to ${PLAYBOOK:Service Desk}.',
    other: 'Service Desk',
    otherGoal: 'You log repair complaints for Pedal & Co. and give a ticket number.',
    human: 'If the customer still wants a person, give them our workshop phone +44 20 7946 0321, staffed 9am-5pm.',
  },
  {
    lang: 'id',
    start: 'Asisten Toko Kain',
    goal: 'Kamu membantu pelanggan Toko Kain Melati soal stok kain, harga dan pengiriman saja.',
    handoff: 'Kalau pelanggan minta bicara dengan manusia, arahkan ke ${PLAYBOOK:Keluhan}.',
    other: 'Keluhan',
    otherGoal: 'Kamu mencatat keluhan pelanggan Toko Kain Melati dan memberi nomor tiket.',
    human:
      'Kalau pelanggan tetap ingin bicara dengan admin, berikan nomor WhatsApp admin +62 812 3456 7890 (jam 08.00-17.00).',
  },
];

for (const c of CASES) {
  test(`CX (${c.lang}): a handoff to another playbook is no path unless that playbook has one`, () => {
    const dir = path.join(os.tmpdir(), `flows17-cx-${c.lang}`);
    const playbooks = (otherSteps: string[]) => ({
      [c.start]: { goal: c.goal, steps: [c.handoff] },
      [c.other]: { goal: c.otherGoal, steps: otherSteps },
    });
    assert.ok(
      rules(cxExport(dir, c.start, playbooks(['Pide el número de pedido.'])), dir).includes('flow/no-human-path'),
      'the handoff goes to an AI playbook with no path to a person',
    );
    assert.ok(
      !rules(cxExport(dir, c.start, playbooks([c.human])), dir).includes('flow/no-human-path'),
      'the playbook it hands over to gives a staffed contact',
    );
  });
}

test('CX: a handoff sentence without a playbook reference still counts by itself', () => {
  const dir = path.join(os.tmpdir(), 'flows17-cx-plain');
  const files = cxExport(dir, 'Helper', {
    Helper: {
      goal: 'You help customers of Pedal & Co. with bike repairs, bookings and spare parts only.',
      steps: [
        'For order status use ${PLAYBOOK:Orders}.',
        'If someone asks for a person, call +44 20 7946 0321 (9am-5pm).',
      ],
    },
    Orders: { goal: 'You look up Pedal & Co. orders.', steps: ['Ask for the order number.'] },
  });
  assert.ok(!rules(files, dir).includes('flow/no-human-path'));
});

function unit(text: string, refs: string[]): PromptUnit {
  return {
    id: 'p',
    label: 'p',
    role: 'instructions',
    text: { uri: 'file:///p', text, toSource: (i) => i },
    variables: {},
    agentRefs: refs.map((r) => ({ start: text.indexOf(r), end: text.indexOf(r) + r.length })),
  };
}

test('ownEscalations: only handoffs said in a sentence that names another agent are discounted', () => {
  for (const [text, ref, kept] of [
    [
      'Help with orders only.\nWhen someone asks for a human agent, hand them over to ${PLAYBOOK:Billing}.',
      '${PLAYBOOK:Billing}',
      0,
    ],
    [
      'Hilf nur bei Bestellungen. Wenn der Kunde mit einem Mitarbeiter sprechen möchte, übergib an ${PLAYBOOK:Support}.',
      '${PLAYBOOK:Support}',
      0,
    ],
    [
      'Apenas pedidos.\nSe o cliente quiser falar com um atendente, encaminhe para ${PLAYBOOK:Suporte}.',
      '${PLAYBOOK:Suporte}',
      0,
    ],
    [
      'Only orders. For refunds go to ${PLAYBOOK:Refunds}. If someone asks for a human, transfer them to a live agent.',
      '${PLAYBOOK:Refunds}',
      1,
    ],
  ] as const) {
    const p = unit(text, [ref]);
    const a = analyzePrompt(text);
    assert.ok(a.hasEscalation, `the analysis reads a handoff in: ${text}`);
    assert.equal(ownEscalations(p, a.signals).length > 0, kept === 1, text);
  }
});
