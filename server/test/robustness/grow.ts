import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { FormatFixture } from './formatFixtures';

/**
 * Grows a real fixture of a format to about `size` characters, in two shapes: many copies of its largest
 * collection's elements (nodes, states, flows, steps…) or one very long prompt (its longest text value).
 * The result stays a valid file of the same format, so the timing covers its parser and its rules.
 */
export type Growth = 'many elements' | 'one long text';

/** A sentence with a grant, a scope and a few cues, so the analysis has work on every copy ({n}: see distinctFill). */
export const FILLER = 'Help with orders {n} of Sunny Shoes and answer any question the user asks about them. ';

let serial = 0;
/** A word no other call in this process returns. */
export function uniqueWord(): string {
  return `u${(serial++).toString(36)}`;
}

/**
 * `unit` repeated to at least `size` characters, every copy distinct: its `{n}` (or, without one, the end of its
 * text before trailing white space) is a unique word. So no cache serves any of it (the analysis results by
 * content, the lexical pass by section text), within one input or across inputs and runs: a timing measures the
 * work an unseen input costs.
 */
export function distinctFill(unit: string, size: number): string {
  const at = unit.includes('{n}') ? unit.indexOf('{n}') : unit.trimEnd().length;
  const [before, after] = [unit.slice(0, at), unit.slice(unit.includes('{n}') ? at + 3 : at)];
  const sep = unit.includes('{n}') ? '' : ' ';
  const out: string[] = [];
  for (let n = 0; n < Math.max(1, size);) n += out[out.push(before + sep + uniqueWord() + after) - 1].length;
  return out.join('');
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Syntax = 'json' | 'yaml' | 'front-matter' | 'ts' | 'py' | 'go' | 'php';
type CodeSyntax = 'ts' | 'py' | 'go' | 'php';

export function syntaxOf(main: string): Syntax {
  if (/\.(json|vf)$/.test(main)) return 'json';
  if (/\.(prompty|prompt)$/.test(main)) return 'front-matter';
  if (/\.ya?ml$/.test(main)) return 'yaml';
  if (/\.py$/.test(main)) return 'py';
  if (/\.go$/.test(main)) return 'go';
  if (/\.php$/.test(main)) return 'php';
  return 'ts';
}

export function grow(format: FormatFixture, base: string, growth: Growth, size: number): string {
  const syntax = syntaxOf(format.main);
  if (syntax === 'front-matter') {
    // Into the system message (prompty's `system:`, dotprompt's `{{role "system"}}`), where the analysis reads.
    const at = /^(system:|\{\{role "system"\}\})[ \t]*\n/m.exec(base);
    const cut = at ? at.index + at[0].length : base.length;
    const text = fill(growth === 'many elements' ? FILLER + '\n' : FILLER, size);
    return base.slice(0, cut) + text + '\n' + base.slice(cut);
  }
  if (syntax === 'ts' || syntax === 'py' || syntax === 'go' || syntax === 'php')
    return base + '\n' + codeGrowth(syntax, growth, size);
  const data = (syntax === 'json' ? JSON.parse(base) : parseYaml(base)) as Json;
  if (growth === 'many elements') growCollection(data, size);
  else growText(data, size);
  return syntax === 'json' ? JSON.stringify(data, null, 2) : stringifyYaml(data, { aliasDuplicateObjects: false });
}

const fill = distinctFill;

/** Declarations in the file's own language (a Go or PHP file grown with TypeScript was mostly syntax errors). */
const GROWN: Record<CodeSyntax, { text: (t: string) => string; fn: (i: number, w: string) => string }> = {
  ts: {
    text: (t) => `export const EXTRA = "${t}";\n`,
    fn: (i, w) => `export function handler${i}(): string {\n  return 'Help with orders ${w} of Sunny Shoes.';\n}\n`,
  },
  py: {
    text: (t) => `EXTRA = "${t}"\n`,
    fn: (i, w) => `def handler_${i}(request):\n    return "Help with orders ${w} of Sunny Shoes."\n\n\n`,
  },
  go: {
    text: (t) => `const extra = "${t}"\n`,
    fn: (i, w) => `func handler${i}() string {\n\treturn "Help with orders ${w} of Sunny Shoes."\n}\n\n`,
  },
  php: {
    text: (t) => `$extra = "${t}";\n`,
    fn: (i, w) => `function handler_${i}() {\n    return 'Help with orders ${w} of Sunny Shoes.';\n}\n`,
  },
};

function codeGrowth(syntax: CodeSyntax, growth: Growth, size: number): string {
  if (growth === 'one long text') return GROWN[syntax].text(fill(FILLER, size));
  const out: string[] = [];
  for (let i = 0, n = 0; n < size; i++) n += out[out.push(GROWN[syntax].fn(i, uniqueWord())) - 1].length;
  return out.join('');
}

/** Every collection of objects (arrays and maps) with its element count, depth first. */
function collections(x: Json, acc: { owner: Json[] | { [k: string]: Json }; count: number }[] = []) {
  if (Array.isArray(x)) {
    const objects = x.filter((e) => e !== null && typeof e === 'object').length;
    if (objects) acc.push({ owner: x, count: objects });
    for (const e of x) collections(e, acc);
  } else if (x !== null && typeof x === 'object') {
    const vals = Object.values(x);
    const objects = vals.filter((e) => e !== null && typeof e === 'object' && !Array.isArray(e)).length;
    if (objects >= 2) acc.push({ owner: x, count: objects });
    for (const e of vals) collections(e, acc);
  }
  return acc;
}

/**
 * A copy whose identifying strings (id, name, key…) carry a suffix, so copies do not collide, and whose texts
 * (strings of several words) end with a unique word, so each copy's prompts are analysed (no cache serves them).
 */
function renamed(x: Json, suffix: string): Json {
  if (Array.isArray(x)) return x.map((e) => renamed(e, suffix));
  if (x === null || typeof x !== 'object') return x;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(x))
    out[k] =
      typeof v !== 'string'
        ? renamed(v, suffix)
        : /^(id|_id|name|key|nodeID|displayName)$/.test(k)
          ? v + suffix
          : /\w \w.{16}/.test(v)
            ? `${v} ${uniqueWord()}`
            : v;
  return out;
}

function growCollection(data: Json, size: number): void {
  const all = collections(data);
  if (!all.length) return growText(data, size);
  const { owner } = all.reduce((a, b) => (b.count > a.count ? b : a));
  const entries = Array.isArray(owner)
    ? owner.filter((e) => e !== null && typeof e === 'object').map((e, i) => [String(i), e] as const)
    : Object.entries(owner).filter(([, e]) => e !== null && typeof e === 'object' && !Array.isArray(e));
  const unit = Math.max(1, entries.reduce((n, [, e]) => n + JSON.stringify(e).length, 0) / entries.length);
  const copies = Math.ceil(size / unit);
  // A suffix no other input has: copies without a text (ids and names only) would otherwise make the same file at
  // every run, and the JSON tree kept for the next edit (jsonReparse.ts) served the runs after the first.
  const tag = uniqueWord();
  for (let i = 0; i < copies; i++) {
    const [key, e] = entries[i % entries.length];
    const copy = renamed(e, `_${tag}g${i}`);
    if (Array.isArray(owner)) owner.push(copy);
    else owner[`${key}_g${i}`] = copy;
  }
}

/** How likely a string is the prompt: a sentence under a prompt-like key beats a sentence beats a bare string. */
function promptScore(key: string, v: string): number {
  return (v.includes(' ') ? 2e6 : 0) + (/system|prompt|instruction/i.test(key) ? 1e6 : 0) + v.length;
}

/** Appends sentences to the string most likely to be the prompt (see promptScore). */
function growText(data: Json, size: number): void {
  let best: { owner: Json[] | { [k: string]: Json }; key: string | number; score: number } | undefined;
  const walk = (x: Json) => {
    if (x === null || typeof x !== 'object') return;
    for (const [k, v] of Object.entries(x)) {
      if (typeof v !== 'string') walk(v);
      else if (!best || promptScore(k, v) > best.score)
        best = { owner: x, key: Array.isArray(x) ? Number(k) : k, score: promptScore(k, v) };
    }
  };
  walk(data);
  if (!best) throw new Error('no text value to grow');
  const owner = best.owner as Record<string | number, Json>;
  owner[best.key] = `${owner[best.key] as string} ${fill(FILLER, size)}`;
}
