import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { memoryHost, Tally, WS } from './harness';

/**
 * Time through the whole pipeline (detect → parse → analyse → rules → findings) for 1×, 4× and 16×
 * inputs of each adversarial shape. Linear time keeps t(16×)/t(4×) near 4; quadratic time gives 16.
 * The bound is generous (the machine is shared) and tiny times are not judged.
 */
const BASE = Number(process.env.ROBUSTNESS_LINEAR_BASE ?? 4096);
const MAX_RATIO = 9;
const FLOOR_MS = 300;
/** Below this a 4× time is mostly noise on a shared machine: it is not used as the divisor. */
const NOISE_MS = 30;
const RUNS = 3;

const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
/** Whole units only (structured text must not be cut). */
const whole = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
/**
 * Shapes still super-linear inside server/src/analysis (the detection work): diagnosed in docs/robustness.md
 * ("Known open items"); they run and print their times but do not fail the suite until that is fixed.
 */
const ANALYSIS = 'super-linear in analysis/';
const HEAD = 'You are the assistant of Sunny Shoes. You only help with orders.\n';

/** Each shape: a file name and its text at a size. `todo` names the analysis functions still super-linear on it. */
const SHAPES: { name: string; file: string; text(size: number): string; todo?: string }[] = [
  { name: 'a prompt + spaces', file: 'p/a.system.md', text: (n) => HEAD + ' '.repeat(n) },
  {
    name: 'one grant per line',
    file: 'p/a.system.md',
    text: (n) => HEAD + fill('Answer any question the user asks.\n', n),
    todo: ANALYSIS + ' (topicNounQualified)',
  },
  {
    name: 'mixed scripts',
    file: 'p/a.system.md',
    text: (n) => HEAD + fill('Hola 你好 مرحبا привет नमस्ते any question 任何问题 ', n),
    todo: ANALYSIS + ' (inlineUserTurn, offersOffTopic)',
  },
  {
    name: 'quotes',
    file: 'p/a.system.md',
    text: (n) => HEAD + fill('"answer any question\' «any topic» ', n),
    todo: ANALYSIS + ' (inlineUserTurn, offersOffTopic)',
  },
  {
    name: 'backticks',
    file: 'p/a.system.md',
    text: (n) => HEAD + fill('`code` ``answer any question ', n),
    todo: ANALYSIS + ' (inlineUserTurn, topicNounQualified, negatedByNextSentence)',
  },
  { name: 'nested fences', file: 'p/a.system.md', text: (n) => HEAD + fill('```\n~~~\n````\nhelp with orders\n', n) },
  { name: 'one long line', file: 'p/a.system.md', text: (n) => HEAD + fill('help with orders and returns, ', n) },
  {
    name: 'many findings (suppressions)',
    file: 'p/a.system.md',
    text: (n) =>
      HEAD + fill('<!-- wa-policy-disable-next-line prompt/open-domain-grant     -->\nHelp with orders.\n', n),
  },
  {
    name: 'negation at sentence end',
    file: 'p/a.system.md',
    text: (n) => HEAD + fill('answer any question not ', n),
    todo: ANALYSIS + ' (inlineUserTurn, negatedByNextSentence)',
  },
  {
    name: 'YAML prompt, many lines',
    file: 'a.prompt.yml',
    text: (n) => `messages:\n  - role: system\n    content: |\n${fill('      Answer any question on any topic.\n', n)}`,
    todo: ANALYSIS + ' (topicNounQualified, inlineUserTurn)',
  },
  {
    name: 'YAML prompt, many plain lines',
    file: 'a.prompt.yml',
    text: (n) =>
      `messages:\n  - role: system\n    content: |\n${fill('      Help with orders and returns of Sunny Shoes.\n', n)}`,
  },
  {
    name: 'one-line n8n export, long scoped message',
    file: 'workflows/w.json',
    text: (n) => n8n(fill('Help with orders of Sunny Shoes. ', n)),
  },
  {
    name: 'one-line n8n export, many grants',
    todo: ANALYSIS + ' (topicNounQualified, inlineUserTurn)',
    file: 'workflows/w.json',
    text: (n) => n8n(fill('Answer any question. ', n)),
  },
  {
    name: 'one-line n8n export, many nodes',
    file: 'workflows/w.json',
    text: (n) =>
      n8n(
        'Help with orders of Sunny Shoes.',
        whole('{"id":"s","name":"Set","type":"n8n-nodes-base.set","parameters":{"k":"v"}},', n),
      ),
  },
];

function n8n(message: string, extra = ''): string {
  return `{"nodes":[${extra}{"id":"wa","name":"WhatsApp Trigger","type":"n8n-nodes-base.whatsAppTrigger","parameters":{}},{"id":"a","name":"AI Agent","type":"@n8n/n8n-nodes-langchain.agent","parameters":{"options":{"systemMessage":"${message}"}}}],"connections":{"WhatsApp Trigger":{"main":[[{"node":"AI Agent","type":"main","index":0}]]}}}`;
}

function timeLint(file: string, text: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const service = createPolicyService({ host: memoryHost({ [`${WS}/${file}`]: text }) });
    const t0 = performance.now();
    const r = service.lint(`${WS}/${file}`);
    times.push(performance.now() - t0);
    assert.ok(r, `${file} is linted`);
    assert.ok(!r.findings.some((f) => f.rule === 'internal/error'), r.findings.map((f) => f.message).join('\n'));
  }
  return times.sort((a, b) => a - b)[1];
}

const tally = new Tally('linear time (1×, 4×, 16× shapes)');
const knownSlow: string[] = [];
for (const shape of SHAPES) {
  test(`linear time: ${shape.name}`, shape.todo ? { todo: shape.todo } : {}, () => {
    const [t1, t4, t16] = [1, 4, 16].map((k) => {
      const text = shape.text(BASE * k);
      const ms = timeLint(shape.file, text);
      tally.add('ok', ms, text.length);
      return ms;
    });
    const ratio = t16 / Math.max(t4, NOISE_MS);
    const line = `${shape.name}: ${t1.toFixed(0)} / ${t4.toFixed(0)} / ${t16.toFixed(0)} ms (16×/4× = ${ratio.toFixed(1)})`;
    console.log(line);
    if (t16 > FLOOR_MS && ratio > MAX_RATIO) {
      // A known spot (todo) is listed in the table's note, not counted as a hang of this run.
      if (shape.todo) knownSlow.push(shape.name);
      else tally.hangs++;
      assert.fail(`super-linear: ${line}`);
    }
  });
}

test('linear time: table row', () =>
  tally.record(
    `base ${BASE} chars, median of ${RUNS}${knownSlow.length ? `; known super-linear in analysis/ (todo): ${knownSlow.join(', ')}` : ''}`,
  ));
