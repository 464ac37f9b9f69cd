import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { createPolicyService } from '../../src/service';
import { FORMATS } from './formatFixtures';
import { distinctFill, grow, uniqueWord, type Growth } from './grow';
import { memoryHost, Tally, WS } from './harness';

/**
 * Time through the whole pipeline (detect → parse → analyse → rules → findings) for 1×, 4× and 16×
 * inputs of each adversarial shape and of each format's fixture grown two ways; the 16× input is about
 * 1 MB. Linear time keeps t(16×)/t(4×) near 4 and t(16×)/t(1×) near 16; quadratic time gives 16 and 256.
 * Each time is the minimum of several runs (a shared machine only ever adds time); the 16× input is run
 * again, up to RUNS times, only while its ratio is over the bound. Tiny times are not judged. Every run lints a
 * newly generated input whose repeated units all differ (grow.ts distinctFill): the analysis caches (results by
 * content, the lexical pass by section text) serve none of it, so the time is what an unseen input costs.
 */
// The code formats are parsed (tree-sitter), as in the editor and the CLI: without the parsers a code file was read
// as "could not be analysed" and its time measured nothing of it (before session 10).
before(() => loadCodeParsers());

const BASE = Number(process.env.ROBUSTNESS_LINEAR_BASE ?? 65536);
/**
 * A shape fails when both ratios are over their bound: t(16×)/t(4×) > 8 (linear ≈ 4, n log n ≈ 4.4,
 * quadratic ≈ 16) and t(16×)/t(1×) > 40 (linear ≈ 16, quadratic ≈ 256). Requiring both keeps one noisy
 * time from failing a linear shape; a quadratic term that dominates at 1 MB trips both.
 */
const MAX_RATIO = 8;
const MAX_RATIO_16 = 40;
const FLOOR_MS = 300;
/** Below this a time is mostly noise on a shared machine: it is not used as a divisor. */
const NOISE_MS = 30;
const RUNS = Number(process.env.ROBUSTNESS_LINEAR_RUNS ?? 3);

const fill = (unit: string, size: number) => distinctFill(unit, size).slice(0, size);
/** Whole units only (structured text must not be cut). */
const whole = distinctFill;
/** The opening line, itself distinct in every input. */
const head = () => `You are the assistant of Sunny Shoes ${uniqueWord()}. You only help with orders.\n`;

/** Each shape: a file name, its files around it and its text at a size. */
interface Shape {
  name: string;
  /** A super-linear shape not fixed yet: it runs and prints, its failure is reported as todo (docs/robustness.md). */
  todo?: string;
  file: string;
  files?: Record<string, string>;
  text(size: number): string;
  /** The input is refused on purpose (`input/limits`) at every size: it must be reported, not analysed. */
  refused?: boolean;
}

const GO_MOD =
  'module bot\n\ngo 1.22\n\nrequire (\n\tgithub.com/sashabaranov/go-openai v1.20.0\n\tgo.mau.fi/whatsmeow v0.0.0\n)\n';
const SHAPES: Shape[] = [
  { name: 'a prompt + spaces', file: 'p/a.system.md', text: (n) => head() + ' '.repeat(n) },
  {
    name: 'one grant per line',
    file: 'p/a.system.md',
    text: (n) => head() + fill('Answer any question the user asks.\n', n),
  },
  {
    name: 'one grant per line, CR endings',
    file: 'p/a.system.md',
    text: (n) => head().replace('\n', '\r') + fill('Answer any question the user asks.\r', n),
  },
  {
    name: 'one grant per line, CRLF endings',
    file: 'p/a.system.md',
    text: (n) => head().replace('\n', '\r\n') + fill('Answer any question the user asks.\r\n', n),
  },
  {
    name: 'mixed scripts',
    file: 'p/a.system.md',
    text: (n) => head() + fill('Hola 你好 مرحبا привет नमस्ते any question 任何问题 ', n),
  },
  {
    name: 'quotes',
    file: 'p/a.system.md',
    text: (n) => head() + fill('"answer any question\' «any topic» ', n),
  },
  {
    name: 'backticks',
    file: 'p/a.system.md',
    text: (n) => head() + fill('`code` ``answer any question ', n),
  },
  { name: 'nested fences', file: 'p/a.system.md', text: (n) => head() + fill('```\n~~~\n````\nhelp with orders\n', n) },
  { name: 'one long line', file: 'p/a.system.md', text: (n) => head() + fill('help with orders and returns, ', n) },
  {
    name: 'many findings (suppressions)',
    file: 'p/a.system.md',
    text: (n) =>
      head() + fill('<!-- wa-policy-disable-next-line prompt/open-domain-grant     -->\nHelp with orders.\n', n),
  },
  {
    name: 'negation at sentence end',
    file: 'p/a.system.md',
    text: (n) => head() + fill('answer any question {n} not ', n),
  },
  {
    name: 'YAML prompt, many lines',
    file: 'a.prompt.yml',
    text: (n) => `messages:\n  - role: system\n    content: |\n${fill('      Answer any question on any topic.\n', n)}`,
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
    file: 'workflows/w.json',
    text: (n) => n8n(fill('Answer any question. ', n)),
  },
  {
    name: 'one-line n8n export, many nodes',
    file: 'workflows/w.json',
    text: (n) =>
      n8n(
        'Help with orders of Sunny Shoes.',
        whole('{"id":"s{n}","name":"Set {n}","type":"n8n-nodes-base.set","parameters":{"k":"v"}},', n),
      ),
  },
  {
    // Each interpolated variable was looked up by a search of the whole file (1.1 MB: 160 s before session 10).
    name: 'PHP heredoc prompt, an interpolated variable on every line',
    file: 'php/index.php',
    files: { [`${WS}/php/composer.json`]: '{ "name": "x/bot", "require": { "twilio/sdk": "^7.0" } }' },
    text: (n) => php(fill('Help with orders of Sunny Shoes for $name and {$order}.\n', n)),
  },
  {
    name: 'Go raw-string prompt, many lines',
    file: 'go/bot.go',
    files: { [`${WS}/go/go.mod`]: GO_MOD },
    text: (n) => goBot(fill('Help with orders of Sunny Shoes. Answer any question the user asks.\n', n)),
  },
  {
    // tree-sitter's error recovery is super-linear in one run of errors (1 MB: 53 s at load 28 before session 11):
    // a file that is mostly syntax errors is sampled, reported as input/limits and not parsed whole.
    name: 'Go bot, a syntax error on every line',
    file: 'go/bot.go',
    files: { [`${WS}/go/go.mod`]: GO_MOD },
    refused: true,
    text: (n) => goBot('Help with orders of Sunny Shoes.') + fill('func f{n}( { x := := "a" ) ] }}\n', n),
  },
];

function php(prompt: string): string {
  return (
    "<?php\nrequire_once __DIR__ . '/vendor/autoload.php';\nuse Twilio\\TwiML\\MessagingResponse;\n" +
    `$name = $_POST['ProfileName'] ?? '';\n$order = $_POST['Order'] ?? '';\n$p = <<<EOT\n${prompt}EOT;\n` +
    "$ch = curl_init('https://api.openai.com/v1/chat/completions');\n" +
    "curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(array('model' => 'gpt-4o', 'messages' => array(array('role' => " +
    "'system', 'content' => $p), array('role' => 'user', 'content' => $_POST['Body'])))));\n" +
    "$r = json_decode(curl_exec($ch), true);\n$t = new MessagingResponse();\n$t->message($r['choices'][0]['message']['content']);\necho $t;\n"
  );
}

function goBot(prompt: string): string {
  return (
    'package main\n\nimport (\n\t"context"\n\topenai "github.com/sashabaranov/go-openai"\n\t"go.mau.fi/whatsmeow"\n)\n\n' +
    `const persona = \`${prompt}\`\n\nfunc handle(c *openai.Client, wa *whatsmeow.Client, text string) {\n` +
    '\tc.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: "gpt-4o", Messages: ' +
    '[]openai.ChatCompletionMessage{{Role: "system", Content: persona}, {Role: "user", Content: text}}})\n}\n'
  );
}

/** Whole entries numbered from 0 (a config list whose items must differ). */
const numbered = (unit: (i: number) => string, size: number) => {
  const out: string[] = [];
  for (let i = 0, n = 0; n < size; i++) n += out[out.push(unit(i)) - 1].length;
  return out.join('');
};
const CONFIG_FILES = { [`${WS}/cfg/a.system.md`]: head() };
/** `.wa-policy.yaml` grown along each of its lists and maps (valid, invalid, outside the folder, unknown). */
const CONFIG_SHAPES: [string, (i: number) => string, string][] = [
  ['links', (i) => `  - flow: "flows/f${i}.json"\n    prompt: a.system.md\n    node: ask_${i}\n`, 'links:\n'],
  ['links out of the folder', (i) => `  - flow: "*.json"\n    prompt: ../../p${i}.md\n`, 'links:\n'],
  ['extends (not a key: one unknown key)', (i) => `  - ../base${i}.yaml\n`, 'extends:\n'],
  ['include', (i) => `  - "prompts/${i}/**/*.md"\n`, 'include:\n'],
  ['rules (unknown ids)', (i) => `  prompt/rule-${i}: error\n`, 'rules:\n'],
  ['rules (one id repeated)', (i) => `  prompt/open-domain-grant: ${['error', 'off', 'info'][i % 3]}\n`, 'rules:\n'],
  [
    'suppressions',
    (i) =>
      `  - rule: prompt/open-domain-grant\n    files: ["f${i}.json", "g${i}/*.json"]\n    reason: generated ${i}\n`,
    'suppressions:\n',
  ],
];
for (const [name, unit, head] of CONFIG_SHAPES)
  SHAPES.push({
    name: `.wa-policy.yaml, long ${name}`,
    file: 'cfg/.wa-policy.yaml',
    files: CONFIG_FILES,
    text: (n) => head + numbered(unit, n),
  });

function n8n(message: string, extra = ''): string {
  return `{"nodes":[${extra}{"id":"wa","name":"WhatsApp Trigger","type":"n8n-nodes-base.whatsAppTrigger","parameters":{}},{"id":"a","name":"AI Agent","type":"@n8n/n8n-nodes-langchain.agent","parameters":{"options":{"systemMessage":"${message}"}}}],"connections":{"WhatsApp Trigger":{"main":[[{"node":"AI Agent","type":"main","index":0}]]}}}`;
}

/** Shapes found super-linear and not fixed yet (docs/robustness.md, "Known open items"). */
const KNOWN_SLOW: Record<string, string> = {};

/** Each format's fixture grown to many elements and to one long text (formats whose parser is the YAML or JSON one included). */
for (const format of FORMATS) {
  const main = `${WS}/${format.main}`;
  const base = format.files[main];
  for (const growth of ['many elements', 'one long text'] as Growth[])
    SHAPES.push({
      name: `${format.label ?? format.name}: ${growth}`,
      todo: KNOWN_SLOW[`${format.label ?? format.name}: ${growth}`],
      file: format.main,
      files: format.files,
      text: (n) => grow(format, base, growth, n),
    });
}

/**
 * The fastest of `runs` lints of inputs of `size` (noise on a shared machine only adds time), each newly
 * generated so that no cache serves it, stopping early once `enough` says so; with the last input's length.
 */
function timeLint(shape: Shape, size: number, runs: number, enough: (ms: number) => boolean = () => false) {
  let best = Infinity;
  let chars = 0;
  for (let i = 0; i < runs && !(i > 0 && enough(best)); i++) {
    const text = shape.text(size);
    chars = text.length;
    const uri = `${WS}/${shape.file}`;
    const service = createPolicyService({ host: memoryHost({ ...shape.files, [uri]: text }) });
    const t0 = performance.now();
    const r = service.lint(uri);
    best = Math.min(best, performance.now() - t0);
    assert.ok(r, `${shape.file} is linted`);
    assert.ok(!r.findings.some((f) => f.rule === 'internal/error'), r.findings.map((f) => f.message).join('\n'));
    const limits = r.findings.filter((f) => f.rule === 'input/limits');
    if (shape.refused) assert.equal(limits.length, 1, `${shape.name}: reported as input/limits`);
    else assert.ok(!limits.length, `${shape.name}: the input stays under the limits`);
  }
  return { ms: best, chars };
}

const tally = new Tally('linear time (1×, 4×, 16× shapes)');
const superLinear = (t1: number, t4: number, t16: number) =>
  t16 > FLOOR_MS && t16 / Math.max(t4, NOISE_MS) > MAX_RATIO && t16 / Math.max(t1, NOISE_MS) > MAX_RATIO_16;
for (const shape of SHAPES) {
  test(`linear time: ${shape.name}`, shape.todo ? { todo: shape.todo } : {}, () => {
    const [r1, r4] = [1, 4].map((k) => timeLint(shape, BASE * k, RUNS));
    const [t1, t4] = [r1.ms, r4.ms];
    const r16 = timeLint(shape, BASE * 16, RUNS, (ms) => !superLinear(t1, t4, ms));
    const t16 = r16.ms;
    [r1, r4, r16].forEach((r) => tally.add('ok', r.ms, r.chars));
    const kb = (r: { chars: number }) => Math.round(r.chars / 1024);
    const line =
      `${shape.name}: ${kb(r1)} / ${kb(r4)} / ${kb(r16)} KB in ` +
      `${t1.toFixed(0)} / ${t4.toFixed(0)} / ${t16.toFixed(0)} ms ` +
      `(16×/4× = ${(t16 / Math.max(t4, NOISE_MS)).toFixed(1)}, 16×/1× = ${(t16 / Math.max(t1, NOISE_MS)).toFixed(1)})`;
    console.log(line);
    if (superLinear(t1, t4, t16)) {
      if (!shape.todo) tally.hangs++;
      assert.fail(`super-linear: ${line}`);
    }
  });
}

test('linear time: table row', () => tally.record(`base ${BASE} chars (16× ≈ 1 MB), min of up to ${RUNS} runs`));
