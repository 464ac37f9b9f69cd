import fc from 'fast-check';

/** Characters and tokens that matter to JSON, YAML, Markdown front matter and the suppression syntax. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '\\',
  '-',
  '- ',
  '*',
  '&a ',
  '*a',
  '!!str ',
  '#',
  '---\n',
  '|\n',
  '>\n',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '<<: *a\n',
  '{{',
  '}}',
  '<!--',
  '-->',
  '```',
  '`',
  'wa-policy-disable-next-line all',
  'Answer any question on any topic.',
  '"nodes": [',
  '"connections": {}',
  'messages:\n',
  '  - role: system\n    content: ',
];

export type Mutation =
  | { k: 'insert'; at: number; s: string }
  | { k: 'delete'; at: number; len: number }
  | { k: 'duplicate'; at: number; len: number }
  | { k: 'eol'; style: string }
  | { k: 'truncate'; at: number }
  | { k: 'nest'; at: number; depth: number; open: string }
  | { k: 'repeat'; at: number; s: string; times: number };

const at = fc.nat();
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      k: fc.constant('insert' as const),
      at,
      s: fc.oneof(
        fc.constantFrom(...TOKENS),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 400 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('duplicate' as const), at, len: fc.integer({ min: 1, max: 600 }) }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('eol' as const), style: fc.constantFrom('\n', '\r\n', '\r') }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('truncate' as const), at }) },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('nest' as const),
      at,
      depth: fc.integer({ min: 1, max: 1500 }),
      open: fc.constantFrom('[', '{"a":', '- ', '  '),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('repeat' as const),
      at,
      s: fc.constantFrom(' ', '"', '`', '```\n', 'Answer any question.\n', '*a, ', '<!-- ', 'é中ع'),
      times: fc.integer({ min: 1, max: 600 }),
    }),
  },
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

/** Applies mutations in order; positions wrap around the current length. */
export function applyMutations(text: string, ms: Mutation[]): string {
  for (const m of ms) {
    const p = text.length ? (m.k === 'eol' ? 0 : m.at % (text.length + 1)) : 0;
    switch (m.k) {
      case 'insert':
        text = text.slice(0, p) + m.s + text.slice(p);
        break;
      case 'delete':
        text = text.slice(0, p) + text.slice(p + m.len);
        break;
      case 'duplicate':
        text = text.slice(0, p + m.len) + text.slice(p, p + m.len) + text.slice(p + m.len);
        break;
      case 'eol':
        text = text.replace(/\r\n|\r|\n/g, m.style);
        break;
      case 'truncate':
        text = text.slice(0, p);
        break;
      case 'nest': {
        const close = m.open === '[' ? ']' : m.open === '{"a":' ? '}' : '';
        const opener = m.open.trim()
          ? m.open.repeat(m.depth)
          : Array.from({ length: Math.min(m.depth, 300) }, (_, i) => `${' '.repeat(i * 2)}k${i}:\n`).join('');
        text = text.slice(0, p) + opener + '1' + close.repeat(m.depth) + text.slice(p);
        break;
      }
      case 'repeat':
        text = text.slice(0, p) + m.s.repeat(m.times) + text.slice(p);
        break;
    }
  }
  return text;
}
