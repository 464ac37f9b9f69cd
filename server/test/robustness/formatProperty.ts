import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkLint, fixtureFiles, memoryHost, newService, Tally, WS } from './harness';
import * as fs from 'node:fs';
import { applyMutations, mutationsArb, type Mutation } from './mutate';

/** Cases per format with the fixed seed; ROBUSTNESS_RUNS changes it (CI keeps the default). */
const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 10_000);
/** Extra cases per format with a fresh seed each run, printed so a failure can be replayed (ROBUSTNESS_SEED). */
const RANDOM_RUNS = Math.max(1, Math.round(RUNS / 10));
const FIXED_SEED = 20260115;
const RANDOM_SEED = Number(process.env.ROBUSTNESS_SEED ?? Math.floor(Math.random() * 2 ** 31));

const PROMPTY = [
  '---',
  'name: Shop helper',
  'model:',
  '  api: chat',
  '  configuration:',
  '    type: openai',
  '    name: gpt-4o-mini',
  'sample:',
  '  question: Where is my order?',
  '---',
  'system:',
  'You are the assistant of Sunny Shoes. Answer any question the user asks, on any topic.',
  '',
  'user:',
  '{{question}}',
  '',
].join('\n');

/** Each format: its files (a fixture) and the file that is mutated. */
const FORMATS: { name: string; files: Record<string, string>; main: string }[] = [
  {
    name: 'system-prompt',
    files: fixtureFiles('prompt/open-domain-grant/sparky.system.md', 'p'),
    main: 'p/sparky.system.md',
  },
  {
    name: 'prompt-yml',
    files: fixtureFiles('prompt/no-human-escalation/paketbox.prompt.yml', 'p'),
    main: 'p/paketbox.prompt.yml',
  },
  { name: 'prompty', files: { [`${WS}/p/shop.prompty`]: PROMPTY }, main: 'p/shop.prompty' },
  { name: 'dotprompt', files: fixtureFiles('prompt/no-business-scope/orbit.prompt', 'p'), main: 'p/orbit.prompt' },
  { name: 'n8n', files: fixtureFiles('flow/open-domain-llm/inbox.json', 'n8n'), main: 'n8n/inbox.json' },
  {
    name: 'twilio-studio',
    files: fixtureFiles('formats/twilio-studio/open-domain-gpt.json', 'tw'),
    main: 'tw/open-domain-gpt.json',
  },
  {
    name: 'typebot',
    files: fixtureFiles('formats/typebot/open-domain-chatgpt.json', 'tb'),
    main: 'tb/open-domain-chatgpt.json',
  },
  {
    name: 'flowise',
    files: fixtureFiles('formats/flowise/open-domain-conversation.json', 'fw'),
    main: 'fw/open-domain-conversation.json',
  },
  { name: 'rasa', files: fixtureFiles('flow/open-domain-fallback/shop', 'rasa'), main: 'rasa/data/flows.yml' },
  {
    name: 'dialogflow-cx',
    files: fixtureFiles('formats/dialogflow-cx/open-agent', 'cx'),
    main: 'cx/flows/Default%20Start%20Flow/Default%20Start%20Flow.json',
  },
  { name: 'copilot-studio', files: fixtureFiles('formats/copilot-studio/open-agent', 'cs'), main: 'cs/agent.mcs.yml' },
  { name: 'code', files: fixtureFiles('code/express-cloud-ts', 'code'), main: 'code/src/server.ts' },
  {
    name: 'wa-policy-config',
    files: {
      ...fixtureFiles('prompt/open-domain-grant/sparky.system.md', 'cfg'),
      [`${WS}/cfg/.wa-policy.yaml`]:
        'rules:\n  prompt/no-human-escalation: error\nmarkets: [BR, ID]\nprovider:\n  name: openai\n  tier: paid\nlinks:\n  - flow: "*.json"\n    prompt: sparky.system.md\nlimits:\n  maxDepth: 50\n',
    },
    main: 'cfg/.wa-policy.yaml',
  },
];

/** Registers the mutation property of the named formats (two test files share the formats, so they run in parallel). */
export function formatProperties(names: string[]): void {
  console.log(
    `robustness: fixed seed ${FIXED_SEED}, random seed ${RANDOM_SEED} (replay with ROBUSTNESS_SEED=${RANDOM_SEED})`,
  );
  for (const format of FORMATS.filter((f) => names.includes(f.name))) formatProperty(format);
}

function formatProperty(format: (typeof FORMATS)[number]): void {
  test(`property: mutated ${format.name} files never crash, hang or report outside the file`, () => {
    const host = memoryHost(format.files);
    const service = newService(host);
    const uri = `${WS}/${format.main}`;
    const base = host.readFile(uri)!;
    assert.ok(base, `fixture ${uri}`);
    assert.equal(service.kindOf(uri), format.name, `${uri} is detected as ${format.name}`);
    const tally = new Tally(`mutated ${format.name}`);
    const property = fc.property(mutationsArb, (ms) => {
      const text = applyMutations(base, ms);
      traceCase(format.name, ms);
      host.set(uri, text);
      service.invalidate(uri);
      const r = checkLint(service, host, uri);
      tally.add(r.verdict, r.ms, text.length, r.detail);
      // Thrown, so that fast-check's report names what went wrong with the counterexample.
      if (r.verdict !== 'ok') throw new Error(`${r.verdict}: ${r.detail}`);
    });
    try {
      fc.assert(property, { seed: FIXED_SEED, numRuns: RUNS });
      fc.assert(property, { seed: RANDOM_SEED, numRuns: RANDOM_RUNS });
    } finally {
      traceCase(format.name, undefined);
      tally.record(`seeds ${FIXED_SEED}+${RANDOM_SEED}`);
    }
    assert.equal(tally.crashes + tally.hangs + tally.wrong, 0, tally.first);
  });
}

/**
 * A hang never returns to fast-check: with ROBUSTNESS_TRACE set (the runner sets it), the case under way is
 * written to `<trace>.<format>` before it runs and the file is removed when the format is done, so the runner
 * can name the input of a case that makes no progress (see scripts/run-robustness.js).
 */
function traceCase(format: string, ms: Mutation[] | undefined): void {
  const file = process.env.ROBUSTNESS_TRACE;
  if (!file) return;
  if (ms) fs.writeFileSync(`${file}.${format}`, JSON.stringify({ seeds: [FIXED_SEED, RANDOM_SEED], mutations: ms }));
  else fs.rmSync(`${file}.${format}`, { force: true });
}
