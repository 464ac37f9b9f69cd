import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { SAMPLE_FROM_CHARS } from '../../src/formats/code/parser';
import { createPolicyService } from '../../src/service';
import { fixtureFiles, memoryHost, Tally, WS } from './harness';

/**
 * Code files that are mostly syntax errors (issue 11, session 11): tree-sitter's error recovery is super-linear in
 * one run of errors (a 1 MB Go file broken on every line parsed in 53 s at load 28), so such a file is sampled
 * first and reported as `input/limits` instead of being parsed whole. The linear-time test times the Go case at
 * 1×, 4× and 16× (linear.test.ts); here each language is checked for the finding, and files that parse, or are
 * broken in a few places only, are still analysed.
 */
before(() => loadCodeParsers());

const tally = new Tally('code files of syntax errors');

interface Bot {
  lang: string;
  file: string;
  files: Record<string, string>;
  /** A bot whose prompt is an open grant (so an analysed file has a prompt finding). */
  head: string;
  /** One broken line; `{n}` is a distinct number. */
  broken: string;
  /** One valid line (a declaration), `{n}` as above. */
  valid: string;
  /** A typo that breaks one statement, brackets balanced. */
  typo: string;
}

const GRANT = 'You are a general assistant. Answer any question the user asks, on any topic.';
const BOTS: Bot[] = [
  {
    lang: 'Go',
    file: 'go/bot.go',
    files: { [`${WS}/go/go.mod`]: 'module bot\n\ngo 1.22\n\nrequire github.com/sashabaranov/go-openai v1.20.0\n' },
    head:
      'package main\n\nimport (\n\t"context"\n\topenai "github.com/sashabaranov/go-openai"\n\t"go.mau.fi/whatsmeow"\n)\n\n' +
      `const persona = "${GRANT}"\n\nfunc handle(c *openai.Client, wa *whatsmeow.Client, text string) {\n` +
      '\tc.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{Model: "gpt-4o", Messages: ' +
      '[]openai.ChatCompletionMessage{{Role: "system", Content: persona}, {Role: "user", Content: text}}})\n}\n',
    broken: 'func f{n}( { x := := "a" ) ] }}\n',
    valid: 'func f{n}(x int) int {\n\treturn x + 1\n}\n\n',
    typo: 'var x{n} = = 1\n',
  },
  {
    lang: 'Python',
    file: 'py/app.py',
    files: {},
    head:
      'from flask import Flask, request\nfrom openai import OpenAI\nfrom twilio.twiml.messaging_response import MessagingResponse\n' +
      `app = Flask(__name__)\nclient = OpenAI()\nSYSTEM = "${GRANT}"\n\n@app.route("/whatsapp", methods=["POST"])\ndef reply():\n` +
      '    r = client.chat.completions.create(model="gpt-4o", messages=[{"role": "system", "content": SYSTEM}, ' +
      '{"role": "user", "content": request.form["Body"]}])\n    t = MessagingResponse()\n' +
      '    t.message(r.choices[0].message.content)\n    return str(t)\n\n',
    broken: 'def f{n}(: ) = [ } if while :: (\n',
    valid: 'def f{n}(x):\n    return x + 1\n\n',
    typo: 'x{n} = = 1\n',
  },
  {
    lang: 'TypeScript',
    file: 'ts/server.ts',
    files: {},
    head:
      "import express from 'express';\nimport OpenAI from 'openai';\nimport twilio from 'twilio';\nconst app = express();\n" +
      `const openai = new OpenAI();\nconst SYSTEM = '${GRANT}';\napp.post('/whatsapp', async (req, res) => {\n` +
      "  const r = await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: SYSTEM }, " +
      "{ role: 'user', content: req.body.Body }] });\n  const t = new twilio.twiml.MessagingResponse();\n" +
      '  t.message(r.choices[0].message.content ?? "");\n  res.send(t.toString());\n});\n',
    broken: 'function f{n}( { const = = ) ] }} =>\n',
    valid: 'export function f{n}(x: number): number {\n  return x + 1;\n}\n',
    typo: 'const x{n} = = 1;\n',
  },
];

const fill = (unit: string, size: number, from = 0) => {
  let out = '';
  for (let n = from; out.length < size; n++) out += unit.replace('{n}', String(n));
  return out;
};

function lint(bot: Bot, text: string) {
  const uri = `${WS}/${bot.file}`;
  const t0 = performance.now();
  const r = createPolicyService({ host: memoryHost({ ...bot.files, [uri]: text }) }).lint(uri);
  const ms = performance.now() - t0;
  assert.ok(r, `${bot.file} is linted`);
  assert.ok(!r.findings.some((f) => f.rule === 'internal/error'), r.findings.map((f) => f.message).join('\n'));
  return { findings: r.findings, ms };
}

function named(name: string, fn: () => void): void {
  test(`code syntax errors: ${name}`, () => {
    const t0 = performance.now();
    try {
      fn();
      tally.add('ok', performance.now() - t0, 0);
    } catch (e) {
      tally.add('wrong', performance.now() - t0, 0, `${name}: ${(e as Error).message}`);
      throw e;
    }
  });
}

for (const bot of BOTS) {
  named(`${bot.lang}: 256 KB broken on every line is one input/limits finding that names the language`, () => {
    const { findings } = lint(bot, bot.head + fill(bot.broken, 4 * SAMPLE_FROM_CHARS));
    const limits = findings.filter((f) => f.rule === 'input/limits');
    assert.equal(limits.length, 1, findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    assert.match(limits[0].message, new RegExp(`mostly syntax errors .* parse as ${bot.lang}`));
    assert.equal(limits[0].range.start.line, 0);
  });

  named(`${bot.lang}: the same size of valid code is analysed (its open grant found)`, () => {
    const { findings } = lint(bot, bot.head + fill(bot.valid, 4 * SAMPLE_FROM_CHARS));
    assert.ok(!findings.some((f) => f.rule === 'input/limits'), findings.map((f) => f.message).join('\n'));
    assert.ok(
      findings.some((f) => /open-domain/.test(f.rule)),
      findings.map((f) => `${f.rule}: ${f.message}`).join('\n'),
    );
  });

  named(`${bot.lang}: valid code with a typo every 40 declarations is analysed`, () => {
    let mixed = '';
    for (let i = 0; mixed.length < 4 * SAMPLE_FROM_CHARS; i++)
      mixed += fill(bot.valid, 1, i) + (i % 40 === 39 ? fill(bot.typo, 1, i) : '');
    const { findings } = lint(bot, bot.head + mixed);
    assert.ok(!findings.some((f) => f.rule === 'input/limits'), findings.map((f) => f.message).join('\n'));
  });
}

named('a small broken file (under the sampling size) is parsed as before: no input/limits', () => {
  const bot = BOTS[0];
  const { findings } = lint(bot, bot.head + fill(bot.broken, 2000));
  assert.ok(!findings.some((f) => f.rule === 'input/limits'), findings.map((f) => f.message).join('\n'));
});

/**
 * Code files read by other formats are not skipped in silence either (session 12): a Rasa custom action and a
 * Twilio Function that are mostly syntax errors get the same `input/limits` finding, on the action's file (a file of
 * the Rasa project) and on the Studio flow (a Function is not a file of that format), naming the Function's file.
 */
function projectLint(files: Record<string, string>, uri: string) {
  const r = createPolicyService({ host: memoryHost(files) }).lint(uri);
  assert.ok(r, `${uri} is linted`);
  return r.findings;
}

named('Rasa: a custom action (actions/*.py) of syntax errors is an input/limits finding on that file', () => {
  const files = fixtureFiles('formats/rasa/custom-actions', 'rasa');
  const action = `${WS}/rasa/actions/tickets.py`;
  assert.ok(files[action], 'the fixture has actions/tickets.py');
  const before = projectLint(files, action);
  assert.ok(!before.some((f) => f.rule === 'input/limits'), 'the valid action has no input/limits');
  files[action] += fill(BOTS[1].broken, 4 * SAMPLE_FROM_CHARS);
  const limits = projectLint(files, action).filter((f) => f.rule === 'input/limits');
  assert.equal(limits.length, 1, 'one input/limits finding');
  assert.match(limits[0].message, /mostly syntax errors .* parse as Python/);
  assert.equal(limits[0].range.start.line, 0);
  // The other files of the project do not repeat it.
  assert.ok(!projectLint(files, `${WS}/rasa/domain.yml`).some((f) => f.rule === 'input/limits'));
});

named('Twilio Studio: a Function of syntax errors is an input/limits finding on the flow that names it', () => {
  const files = fixtureFiles('formats/twilio-studio/serverless-clinic', 'tw');
  const flow = `${WS}/tw/studio/flow.json`;
  const fn = `${WS}/tw/functions/lookup-appointment.js`;
  assert.ok(files[flow] && files[fn], 'the fixture has the flow and the function');
  const before = projectLint(files, flow);
  assert.ok(!before.some((f) => f.rule === 'input/limits'), 'the valid project has no input/limits');
  files[fn] += fill('function f{n}( { const = = ) ] }} =>\n', 4 * SAMPLE_FROM_CHARS);
  const after = projectLint(files, flow);
  const limits = after.filter((f) => f.rule === 'input/limits');
  assert.equal(limits.length, 1, after.map((f) => `${f.rule}: ${f.message}`).join('\n'));
  assert.match(limits[0].message, /^The file functions\/lookup-appointment\.js is mostly syntax errors .* JavaScript/);
  // As for a bot in code with an unparsed module, a project read in part is not judged: its error stands alone.
  assert.ok(before.some((f) => f.rule.startsWith('flow/')) && !after.some((f) => f.rule.startsWith('flow/')));
});

test('code syntax errors: table row', () => tally.record());
