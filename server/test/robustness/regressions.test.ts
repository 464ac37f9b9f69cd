import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLint, fixtureFiles, memoryHost, newService, Tally, WS } from './harness';
import { applyMutations, type Mutation } from './mutate';

/**
 * Counterexamples the property suite found, kept as named cases (each was a crash or a hang before its fix).
 * A case names the fixture, the mutated file and the mutations, so it replays exactly what fast-check found.
 */
const tally = new Tally('property counterexamples (named)');
const CONFIG =
  'rules:\n  prompt/no-human-escalation: error\nmarkets: [BR, ID]\nprovider:\n  name: openai\n  tier: paid\nlinks:\n  - flow: "*.json"\n    prompt: sparky.system.md\nlimits:\n  maxDepth: 50\n';

function regression(
  name: string,
  files: Record<string, string>,
  main: string,
  mutations: Mutation[],
  check?: (rules: string[]) => void,
) {
  test(`regression: ${name}`, () => {
    const host = memoryHost(files);
    const service = newService(host);
    const uri = `${WS}/${main}`;
    // The process's one-time work (code parsers, lexicons) is not the case's time (as in formatProperty.ts).
    service.lint(uri);
    service.invalidate(uri);
    const text = applyMutations(host.readFile(uri)!, mutations);
    host.set(uri, text);
    const r = checkLint(service, host, uri, 5_000);
    tally.add(r.verdict, r.ms, text.length, r.detail);
    assert.equal(r.verdict, 'ok', `${r.verdict}: ${r.detail}`);
    check?.(r.findings.map((f) => f.rule));
  });
}

regression(
  'a lone surrogate in a config link path (seed 20260115: "\\ud800" inserted, first character duplicated)',
  { ...fixtureFiles('prompt/open-domain-grant/sparky.system.md', 'cfg'), [`${WS}/cfg/.wa-policy.yaml`]: CONFIG },
  'cfg/.wa-policy.yaml',
  [
    { k: 'insert', at: 1144812278, s: '\ud800' },
    { k: 'duplicate', at: 0, len: 1 },
  ],
  (rules) => assert.ok(rules.includes('config/invalid'), `the unknown key 'rrules' is reported: ${rules.join()}`),
);

regression(
  'lone surrogates in every config path (links, exclude) and a low surrogate alone',
  {
    ...fixtureFiles('prompt/open-domain-grant/sparky.system.md', 'cfg'),
    [`${WS}/cfg/.wa-policy.yaml`]:
      'links:\n  - flow: "\ud800.json"\n    prompt: "sp\udc00arky.system.md"\nexclude: ["\ud800/**"]\n',
  },
  'cfg/.wa-policy.yaml',
  [],
);

regression(
  'a lone surrogate in a code bot (seed 20260115: "\\ud800" inserted, "{" put in front): import paths stay valid URIs',
  fixtureFiles('code/express-cloud-ts', 'code'),
  'code/src/server.ts',
  [
    { k: 'insert', at: 416986512, s: '\ud800' },
    { k: 'insert', at: 0, s: '{' },
  ],
);

test('regression: table row', () => tally.record());
