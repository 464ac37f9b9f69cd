/** Linear-time guarantees: adversarial inputs under a time bound, and the latency budget. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt, analyzeWholeText } from '../../src/analysis';
import { phraseMatcher } from '../../src/analysis/doc';
import { instance } from './lexiconInstance';

const matcher = phraseMatcher();

const N = 50_000;
const ADVERSARIAL_MS = 1500;

function firstTokens(): string {
  return [...new Set(matcher.patterns.map((p) => p.steps[0].alts[0].text))].join(' ');
}

const adversarial: Record<string, string> = {
  letters: 'a'.repeat(N),
  spaces: ' '.repeat(N),
  'indented word': `${' '.repeat(N)}word`,
  'indented list': `- ${' '.repeat(N)}item`,
  newlines: '\r\n'.repeat(N / 2),
  digits: '1'.repeat(N),
  'digit groups': '12 34 '.repeat(N / 6),
  'at signs': '@'.repeat(N),
  'local@': 'a@'.repeat(N / 2),
  www: 'www.'.repeat(N / 4),
  http: 'http://'.repeat(N / 7),
  brackets: '['.repeat(N),
  backticks: '`a_b'.repeat(N / 4),
  braces: '{{'.repeat(N / 2),
  quotes: '«'.repeat(N),
  han: '任'.repeat(N),
  'arabic clitics': 'وال'.repeat(N / 3),
  tatweel: 'ـ'.repeat(N),
  any: 'any '.repeat(N / 4),
  'answer any': 'answer any '.repeat(N / 11),
  negations: 'not never no '.repeat(N / 13),
  'user turns': 'User: write me a poem\n'.repeat(N / 22),
  headings: '# Out of scope\n- write code\n'.repeat(N / 28),
  colons: 'a: '.repeat(N / 3),
  'first tokens': (firstTokens() + ' ').repeat(3),
};

/**
 * The bound of an adversarial input: 1.5 s, or 15 times what a realistic prompt of the same length takes in the same
 * run, whichever is more. A loaded machine slows both alike; a quadratic pass on 50,000 characters is far above both.
 */
let reference: number | undefined;
function adversarialBound(): number {
  if (reference === undefined) {
    const text = promptOfLines(700);
    analyzeWholeText(text);
    reference = Math.min(
      ...[0, 1].map(() => {
        const t0 = performance.now();
        analyzeWholeText(text);
        return performance.now() - t0;
      }),
    );
  }
  return Math.max(ADVERSARIAL_MS, 15 * reference);
}

for (const [name, text] of Object.entries(adversarial)) {
  test(`adversarial input stays fast: ${name} (${text.length} chars)`, () => {
    const bound = adversarialBound();
    const t0 = performance.now();
    analyzePrompt(text, { variables: { persona: 'a helpful assistant' } });
    const ms = performance.now() - t0;
    assert.ok(ms < bound, `${name}: ${ms.toFixed(0)} ms (bound ${bound.toFixed(0)} ms)`);
  });
}

test('every pattern instance repeated 2,000 times stays fast', () => {
  const sample = [...new Set(matcher.patterns.map((p) => instance(p.source)))].join('. ');
  const text = `${sample}. `.repeat(Math.ceil(2000 / Math.max(1, sample.split('. ').length)));
  const t0 = performance.now();
  analyzePrompt(text);
  const ms = performance.now() - t0;
  assert.ok(ms < 3 * adversarialBound(), `${ms.toFixed(0)} ms for ${text.length} chars`);
});

/** Lines in the style of real WhatsApp business prompts (Markdown, lists, tools, several languages). */
const LINES = [
  '## Role',
  'You are Nova, the WhatsApp assistant for Acme Home, an online furniture store in Leeds.',
  '',
  '## What you help with',
  '- Order status and delivery slots (use `get_order` with the order number).',
  '- Returns within 30 days: create a return with `create_return` and explain the steps.',
  '- Stock and prices of sofas, beds and tables (tool: stock_lookup).',
  '- Assembly service bookings and changes.',
  '',
  '## Out of scope',
  'If a message is not about Acme orders or products (homework, code, essays, news), do not answer it.',
  'Reply: "Sorry, I can only help with your Acme Home orders and products."',
  '',
  '## Human agents',
  'If the customer asks for a person or is upset, call `handoff_to_agent` and say a colleague will reply here.',
  'Customer care: 0113 496 0725 (Mon–Sat 9–5) or care@acme-home.co.uk.',
  '',
  'Responde en español si el cliente escribe en español; no hables de otros temas.',
  '如果顾客要求人工服务，请转接人工客服。',
  'إذا طلب العميل التحدث مع موظف، حوّل المحادثة إلى خدمة العملاء.',
  "Keep replies under 80 words, friendly and clear. Use the customer's first name.",
];

export function promptOfLines(n: number): string {
  return Array.from({ length: n }, (_, i) => LINES[i % LINES.length]).join('\n');
}

/**
 * Times the one-pass analysis: analyzePrompt of a text seen before takes its sections' lexical results
 * from a cache (analysis/sections.ts), which would time the cache, not the analysis.
 */
function p50(text: string, runs: number): number {
  for (let i = 0; i < 20; i++) analyzeWholeText(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    analyzeWholeText(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// Timing targets (p50 ≤ 2 ms) are reported by `npm run bench`, not asserted: these machines are noisy.
// This test only catches a pathological regression (e.g. quadratic behaviour), with a wide margin.
test('latency stays linear: 5,000-line prompt within 40x of a 300-line prompt, both bounded', () => {
  const small = Math.min(...[0, 1, 2].map(() => p50(promptOfLines(300), 50)));
  const large = Math.min(...[0, 1, 2].map(() => p50(promptOfLines(5000), 5)));
  console.log(`p50 300 lines: ${small.toFixed(2)} ms; 5,000 lines: ${large.toFixed(1)} ms (targets in npm run bench)`);
  assert.ok(
    large < Math.max(40 * small, 60),
    `5,000-line p50 ${large.toFixed(1)} ms vs 300-line ${small.toFixed(2)} ms`,
  );
  // The 300-line prompt against the bound of an adversarial input of 50,000 characters (which scales with the load).
  assert.ok(small < adversarialBound() / 30, `300-line p50 ${small.toFixed(2)} ms`);
});
