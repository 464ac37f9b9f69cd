/**
 * Discovery by content, measured on both sides (discovery-tree/): bot prompts kept where teams keep them (a
 * YAML/JSON config with a prompt key, `.txt`/`.md` files in `bots/<brand>/`, `agents/`, `assistants/`, templates
 * in Japanese, Korean and Bengali) are found; the README, CHANGELOG, docs, guides, FAQs, meeting notes, locale
 * files, app configs and test transcripts beside them stay silent, each with its reason; prompts that are
 * evaluators, classifiers, summarisers or extractors are found by name but get no finding.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

const TREE = path.join(REPO, 'server', 'test', 'formats', 'discovery-tree');
const expected = JSON.parse(fs.readFileSync(path.join(TREE, 'expected.json'), 'utf8')) as {
  prompts: string[];
  notBots: string[];
};

/** A copy of the tree in a temporary folder, as a repository of its own (no `test/` folder above it). */
function withTree(run: (root: string) => void): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-tree-'));
  try {
    fs.cpSync(TREE, root, { recursive: true });
    fs.rmSync(path.join(root, 'expected.json'));
    run(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('discovery tree: bot prompts in configs, bot folders and three scripts are found, nothing else is', () => {
  withTree((root) => {
    const service = createPolicyService({ host: testHost() });
    const all = fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    const found = all.filter((f) => service.kindOf(toUri(path.join(root, f))) !== undefined).sort();
    assert.deepEqual(found, [...expected.prompts].sort());
    for (const f of expected.prompts.filter((p) => !expected.notBots.includes(p)))
      assert.equal(service.kindOf(toUri(path.join(root, f))), 'system-prompt', f);
  });
});

test('discovery tree: every skipped file says why (documentation, UI strings or test data, no instruction)', () => {
  withTree((root) => {
    const service = createPolicyService({ host: testHost() });
    const reason = (f: string) => service.explainKind(toUri(path.join(root, f))).reason ?? '';
    assert.match(
      reason('locales/ja.json'),
      /prompt-like key, not read as a prompt: UI strings or test data: .*locales\//,
    );
    assert.match(reason('i18n/ko.yaml'), /UI strings or test data: it is under i18n\//);
    assert.match(reason('bots/warung-sari/locales/id.json'), /under locales\//);
    assert.match(
      reason('app/config/settings.json'),
      /a JSON file with a prompt key whose text was not taken: no instruction/,
    );
    assert.match(reason('bots/sakura-ryokan/faq/ja.md'), /no instruction to an assistant found/);
    assert.match(reason('agents/dokan/notes/meeting-2026-03.md'), /no instruction to an assistant found/);
    assert.match(reason('guide/getting-started.md'), /reads like documentation/);
  });
});

test('discovery tree: evaluator, classifier, summariser, extractor and CI review prompts get no finding', () => {
  withTree((root) => {
    const service = createPolicyService({ host: testHost() });
    for (const f of expected.notBots) {
      const result = service.lint(toUri(path.join(root, f)));
      assert.ok(result, `${f} was not linted`);
      assert.deepEqual(
        result.findings.map((x) => x.rule),
        [],
        `${f}: ${result.findings.map((x) => x.message).join(' | ')}`,
      );
    }
  });
});

test("discovery tree: a nested prompt key in a bot folder is read as the bot's prompt", () => {
  withTree((root) => {
    const service = createPolicyService({ host: testHost() });
    const lumen = service.modelOf(toUri(path.join(root, 'assistants/lumen/config.yaml')));
    assert.match(lumen?.prompts[0]?.text.text ?? '', /You are Lumen, the WhatsApp assistant of Lumen Optics/);
  });
});
