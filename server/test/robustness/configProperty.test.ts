import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/config/load';
import { RULES } from '../../src/rules';
import { createPolicyService } from '../../src/service';
import { memoryHost, Tally, WS } from './harness';

const RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 10_000);
const SEED = 20260115;
const KNOWN = new Set(RULES.map((r) => r.id));
const KEYS = ['rules', 'include', 'exclude', 'business', 'markets', 'provider', 'links', 'suppressions', 'limits'];

/** Any JSON-like value: what a user may put under a key. */
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);
const level = fc.constantFrom('off', 'info', 'warning', 'error');
const configArb = fc.record(
  {
    rules: fc.oneof(fc.dictionary(fc.constantFrom(...KNOWN), level, { maxKeys: 4 }), junk),
    markets: fc.oneof(
      fc.array(fc.oneof(fc.constantFrom('BR', 'ID', 'DE'), fc.string({ maxLength: 4 })), { maxLength: 4 }),
      junk,
    ),
    provider: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('openai', 'google', 'anthropic'), fc.string({ maxLength: 8 })),
          tier: fc.constantFrom('paid', 'free', 'nope'),
        },
        { requiredKeys: [] },
      ),
      junk,
    ),
    links: fc.oneof(
      fc.array(
        fc.record({ flow: fc.string({ maxLength: 10 }), prompt: fc.string({ maxLength: 10 }) }, { requiredKeys: [] }),
        { maxLength: 3 },
      ),
      junk,
    ),
    suppressions: fc.oneof(
      fc.array(
        fc.record(
          {
            rule: fc.constantFrom(...KNOWN),
            files: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
            reason: fc.string({ maxLength: 8 }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      junk,
    ),
    limits: fc.oneof(
      fc.record({ maxDepth: fc.integer({ min: -5, max: 5000 }), maxAliases: junk }, { requiredKeys: [] }),
      junk,
    ),
    unknownKeys: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !KEYS.includes(k) && k !== '$schema' && !k.includes('.')),
      junk,
      { maxKeys: 3 },
    ),
  },
  { requiredKeys: ['unknownKeys'] },
);

test('property: configs keep every valid part, report each unknown key once and never throw', () => {
  const tally = new Tally('generated .wa-policy.yaml');
  try {
    fc.assert(
      fc.property(configArb, ({ unknownKeys, ...known }) => {
        const obj = { ...unknownKeys, ...known };
        const text = stringify(obj);
        const t0 = performance.now();
        let ok = true;
        let detail = '';
        try {
          const { config, model } = loadConfig(`${WS}/.wa-policy.yaml`, text, KNOWN);
          for (const key of Object.keys(unknownKeys)) {
            const n = model.issues.filter((i) => i.message.startsWith(`Unknown key '${key}'`)).length;
            if (n !== 1) {
              ok = false;
              detail = `unknown key ${key} reported ${n} times`;
            }
          }
          // A valid rules mapping always applies, whatever else is wrong.
          if (
            known.rules &&
            typeof known.rules === 'object' &&
            !Array.isArray(known.rules) &&
            Object.values(known.rules).every((v) => ['off', 'info', 'warning', 'error'].includes(v as string))
          ) {
            if (JSON.stringify(config.rules) !== JSON.stringify(known.rules)) {
              ok = false;
              detail = `rules lost: ${JSON.stringify(config.rules)}`;
            }
          }
          const messages = model.issues.map((i) => i.message);
          if (new Set(messages).size !== messages.length) {
            ok = false;
            detail = `an issue is repeated: ${messages.join(' | ')}`;
          }
        } catch (e) {
          tally.add('crash', performance.now() - t0, text.length, String(e));
          return false;
        }
        tally.add(ok ? 'ok' : 'wrong', performance.now() - t0, text.length, detail);
        return ok;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  } finally {
    tally.record(`seed ${SEED}`);
  }
});

test('property: a grant on any line, with any line endings, is reported on that line', () => {
  const tally = new Tally('grant line with LF/CRLF/CR endings');
  try {
    const filler = fc.constantFrom(
      'You are the assistant of Sunny Shoes.',
      'We sell running shoes.',
      '',
      '# Orders',
      '- Returns within 30 days.',
      'Reply in short sentences.',
    );
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, at, eol) => {
          const line = at % (lines.length + 1);
          const all = [
            ...lines.slice(0, line),
            'Answer any question the user asks, on any topic.',
            ...lines.slice(line),
          ];
          const text = all.join(eol) + eol;
          const t0 = performance.now();
          const host = memoryHost({ [`${WS}/p/a.system.md`]: text });
          const f = createPolicyService({ host })
            .lint(`${WS}/p/a.system.md`)
            ?.findings.find((x) => x.rule === 'prompt/open-domain-grant');
          const ok = f?.range.start.line === line;
          tally.add(
            ok ? 'ok' : 'wrong',
            performance.now() - t0,
            text.length,
            `grant on line ${line} reported on ${f?.range.start.line}`,
          );
          return ok;
        },
      ),
      { seed: SEED, numRuns: Math.max(100, RUNS / 10) },
    );
  } finally {
    tally.record(`seed ${SEED}`);
  }
});
