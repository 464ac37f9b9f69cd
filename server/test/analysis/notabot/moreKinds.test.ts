/**
 * More prompt files that are not bots, written for this test in 8 languages each (moreKinds.json): intent and
 * sentiment classifiers answering with one label, text-to-SQL for analysts, red-team / prompt-injection test
 * scripts, meeting-minutes summarisers, reply drafts for staff to review, and comment moderation; and bot
 * look-alikes that must stay bots (keyword commands in capitals, a shop selling SQL courses, a JSON reply field,
 * "internal" in a refusal, a translation offered as a sample, "no Markdown").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePrompt } from '../../../src/analysis';
import cases from './moreKinds.json';

interface Case {
  id: string;
  lang: string;
  kind: string;
  notABot: boolean;
  fileName: string;
  text: string;
}

const all = cases as Case[];
const KINDS = ['classifier', 'sql', 'redteam', 'minutes', 'drafter', 'moderation2'];
const analyse = (c: Case) => analyzePrompt(c.text, { path: `file:///work/repo/${c.fileName}` });

for (const kind of KINDS) {
  test(`${kind} prompts are recognised as not bots in 8 languages, with their cues`, () => {
    const of = all.filter((c) => c.kind === kind);
    assert.ok(new Set(of.map((c) => c.lang)).size >= 8, `${kind}: fewer than 8 languages`);
    for (const c of of) {
      const r = analyse(c).notABot;
      assert.ok(r, `${c.id} (${c.lang}) was taken as a bot`);
      assert.ok(r.cues.length >= 3, `${c.id}: ${r.cues.join(', ')}`);
    }
  });
}

test('bot look-alikes with capitals, SQL, JSON, "internal" or a format named stay bots', () => {
  const bots = all.filter((c) => !c.notABot);
  assert.ok(bots.length >= 6);
  for (const c of bots) assert.equal(analyse(c).notABot, undefined, `${c.id} was silenced`);
});

test('a reply field for the customer keeps a labelled JSON contract a bot', () => {
  const text = [
    'Sort the message into `order`, `refund` or `other` and return only JSON:',
    '{"label": "<label>", "reply": "<your answer to the customer>"}',
    '',
    'Message: {{input}}',
  ].join('\n');
  assert.equal(analyzePrompt(text).notABot, undefined);
  assert.ok(analyzePrompt(text.replace(', "reply": "<your answer to the customer>"', '')).notABot);
});
