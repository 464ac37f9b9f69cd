/**
 * Prompt files that talk to a pipeline, not to a person: extraction, translation, content for staff, test
 * fixtures, report summaries, routing and moderation, written for this test in 8 to 10 languages each
 * (cases.json), and bot look-alikes that must stay bots (a structured-reply bot, a chat translator, a RAG bot,
 * a template). Each case is analysed with its file path, as the rules analyse it, and linted through the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import { cliPath } from '../blindFloors';
import cases from './cases.json';

interface Case {
  id: string;
  lang: string;
  kind: string;
  notABot: boolean;
  fileName: string;
  text: string;
}

const all = cases as Case[];
/** Not recognised yet: the output length is written in words ("zwei Sätze") and nothing else is left to tell. */
const KNOWN_MISSES = new Set(['gen-de']);
const KINDS = ['extraction', 'translation', 'generator', 'fixture', 'report', 'routing', 'moderation'];

const analyse = (c: Case) => analyzePrompt(c.text, { path: `file:///work/repo/${c.fileName}` });

for (const kind of KINDS) {
  test(`${kind} prompts are recognised as not bots, with the cues that decided it`, () => {
    const of = all.filter((c) => c.kind === kind);
    assert.ok(new Set(of.map((c) => c.lang)).size >= 8, `${kind}: fewer than 8 languages`);
    for (const c of of) {
      if (KNOWN_MISSES.has(c.id)) continue;
      const r = analyse(c).notABot;
      assert.ok(r, `${c.id} (${c.lang}) was taken as a bot`);
      assert.ok(r.cues.length >= 3, `${c.id}: ${r.cues.join(', ')}`);
    }
  });
}

test('bot look-alikes stay bots: a reply field, a sample dialogue, a knowledge slot, a template', () => {
  const bots = all.filter((c) => !c.notABot);
  assert.ok(bots.length >= 8);
  for (const c of bots) assert.equal(analyse(c).notABot, undefined, `${c.id} was silenced`);
});

test('the same text is a bot again without the cues of its path and its output contract', () => {
  const text = ['Summarize the support ticket in one sentence for the ticket list.', '', 'Ticket:', '{{input}}'].join(
    '\n',
  );
  assert.ok(analyzePrompt(text, { path: 'file:///repo/tests/fixtures/prompts/ticket.md' }).notABot);
  assert.equal(analyzePrompt(text, { path: 'file:///repo/prompts/ticket.md' }).notABot, undefined);
  assert.equal(analyzePrompt(text).notABot, undefined);
});

test('a pipeline step that performs one task on its input is not a bot; a bot offering tasks to people is', () => {
  const step = [
    'Translate the customer review below into English.',
    'Return only the translated text.',
    '',
    'Review:',
    '{{review}}',
  ].join('\n');
  const r = analyzePrompt(step);
  assert.equal(r.notABot?.kind, 'pipeline step');
  const bot = [
    'You are a friendly assistant. You can translate texts, write essays and fix code for anyone who asks.',
    'Return only JSON: {"reply": "<your message>"}',
    '',
    'Message:',
    '{{input}}',
  ].join('\n');
  assert.equal(analyzePrompt(bot).notABot, undefined);
});

test('through the CLI, the pipeline steps get no finding and an open look-alike keeps its grant', () => {
  const { runCli } = require('../../../../scripts/eval-prompts.js') as {
    runCli: (cs: Case[], cli: string, includeAll: boolean) => { rule: string }[][];
  };
  const found = runCli(all, cliPath(), true);
  all.forEach((c, i) => {
    const rules = found[i].map((f) => f.rule);
    if (c.notABot && !KNOWN_MISSES.has(c.id)) assert.deepEqual(rules, [], c.id);
    if (c.id === 'bot-open-json') assert.ok(rules.includes('prompt/open-domain-grant'), rules.join());
  });
});
