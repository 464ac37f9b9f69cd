import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';
import { fixture } from './formatHelpers';

test('detect: the three JSON formats, and files that are skipped', () => {
  const service = createPolicyService({ host: testHost() });
  assert.equal(service.kindOf(fixture('twilio-studio', 'scoped-handoff.json').uri), 'twilio-studio');
  assert.equal(service.kindOf(fixture('typebot', 'scoped-handoff.json').uri), 'typebot');
  assert.equal(service.kindOf(fixture('flowise', 'scoped-handoff.json').uri), 'flowise');
  assert.equal(service.kindOf(fixture('skip', 'whatsapp-flows.json').uri), undefined);
  assert.equal(service.kindOf(fixture('skip', 'promptfooconfig.yaml').uri), undefined);
  const host = testHost();
  const uri = host.set('/tmp/wa-skip/.github/prompts/support.prompt.md', 'You are a helpful assistant.');
  assert.equal(createPolicyService({ host }).kindOf(uri), undefined);
});
