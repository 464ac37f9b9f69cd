/**
 * A handoff counts only when it is code that can run: a helpdesk named in a comment, or called only from a
 * top-level function that nothing in the project uses (a stub left for later), is no path to a person; the same
 * function once the bot calls it is one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const DIR = path.join(REPO, 'test-fixtures', 'code', 'evolution-unreached-helpdesk-ts');
const BOT = path.join(DIR, 'src', 'bot.ts');

before(() => loadCodeParsers());

function rules(overrides: Record<string, string> = {}): string[] {
  const service = createPolicyService({ host: testHost(overrides) });
  return (service.lint(toUri(BOT))?.findings ?? []).map((f) => f.rule);
}

test('a Chatwoot call in a function nothing calls, under a TODO comment, is no human path', () => {
  assert.deepEqual(rules(), ['flow/no-human-path']);
});

test('the same function called when the user asks for a person is a human path', () => {
  const text = fs
    .readFileSync(BOT, 'utf8')
    .replace(
      "import OpenAI from 'openai';",
      "import OpenAI from 'openai';\nimport { abrirEnChatwoot } from './chatwoot';",
    )
    .replace(
      "  const texto: string = req.body.data?.message?.conversation ?? '';",
      "  const texto: string = req.body.data?.message?.conversation ?? '';\n" +
        '  if (/persona|humano/i.test(texto)) return abrirEnChatwoot(req.body.data.chatwootConversationId);',
    );
  assert.ok(text.includes('abrirEnChatwoot(req.body'), 'the call was added');
  assert.deepEqual(rules({ [BOT]: text }), []);
});

test('the helpdesk named only in a comment of the bot file is no human path either', () => {
  const text = fs
    .readFileSync(BOT, 'utf8')
    .replace('const app = express();', '// Later: escalate through Zendesk.\nconst app = express();');
  assert.deepEqual(rules({ [BOT]: text }), ['flow/no-human-path']);
});
