import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { walkFolder } from '../../src/nodeHost/walk';
import { createPolicyService, type Finding } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

/** The hops a finding names, and where the prompt it judged comes from (fixtures of test-fixtures/code). */
before(() => loadCodeParsers());

function findings(fixture: string): Finding[] {
  const service = createPolicyService({ host: testHost() });
  return walkFolder(path.join(REPO, 'test-fixtures', 'code', fixture))
    .map(toUri)
    .filter((uri) => service.kindOf(uri))
    .flatMap((uri) => service.lint(uri)?.findings ?? []);
}

test('a Laravel queued job is reached through the class the webhook dispatches', () => {
  const open = findings('cloudapi-laravel-queued-job-php').find((f) => f.rule === 'flow/open-domain-llm');
  assert.ok(open, 'no flow/open-domain-llm');
  assert.match(
    open.message,
    /→ AnswerWhatsAppMessage \(WhatsAppWebhookController\.php\) → OpenAI::chat\(\)->create\(\)/,
  );
  // The prompt is config/whatsapp.php's value, not the job's fallback constant passed as config()'s default.
  assert.match(open.message, /responde cualquier pregunta/);
});

test('a Go struct field set from a constructor parameter is the argument the project passes', () => {
  const open = findings('whatsmeow-claude-internal-pkg-go').find((f) => f.rule === 'flow/open-domain-llm');
  assert.ok(open, 'no flow/open-domain-llm');
  // prompts.Support of internal/prompts (the module path), not the scoped one of api/prompts.
  assert.match(open.message, /general-purpose assistant|answer any question/i);
});
