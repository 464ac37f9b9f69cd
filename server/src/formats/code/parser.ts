/**
 * Tree-sitter parsers for TypeScript, JavaScript, Python, Go, PHP, Java and Ruby (wasm grammars of @vscode/tree-sitter-wasm,
 * loaded from disk: dist/wasm in the bundle, node_modules in tests). Loading is asynchronous, so entry
 * points call loadCodeParsers() once before linting; until then code files are not recognised.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser, type Node, type Tree } from '@vscode/tree-sitter-wasm';

export type { Node, Tree };
export type CodeLanguage = 'typescript' | 'tsx' | 'javascript' | 'python' | 'go' | 'php' | 'java' | 'ruby';

const GRAMMARS: CodeLanguage[] = ['typescript', 'tsx', 'javascript', 'python', 'go', 'php', 'java', 'ruby'];
let languages: Map<CodeLanguage, Language> | undefined;
let loading: Promise<void> | undefined;
const parsers = new Map<CodeLanguage, Parser>();

/** The folder holding tree-sitter.wasm and the grammars: next to the bundle, or in node_modules. */
export function wasmDir(): string {
  for (let dir = __dirname, i = 0; i < 8; i++, dir = path.dirname(dir)) {
    for (const c of [
      path.join(dir, 'wasm'),
      path.join(dir, 'dist', 'wasm'),
      path.join(dir, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'),
    ]) {
      if (fs.existsSync(path.join(c, 'tree-sitter-python.wasm'))) return c;
    }
  }
  throw new Error('wa-policy: tree-sitter grammars not found (dist/wasm)');
}

/** Loads the runtime and the grammars once; later calls return the same promise. */
export function loadCodeParsers(): Promise<void> {
  loading ??= (async () => {
    const dir = wasmDir();
    await Parser.init({ locateFile: (file: string) => path.join(dir, file) });
    const loaded = new Map<CodeLanguage, Language>();
    for (const l of GRAMMARS)
      loaded.set(l, await Language.load(fs.readFileSync(path.join(dir, `tree-sitter-${l}.wasm`))));
    languages = loaded;
  })();
  return loading;
}

export function codeParsersReady(): boolean {
  return languages !== undefined;
}

/** Set by an entry point that loads the parsers only once a bot in code is met (the language server). */
let onDemand: (() => void) | undefined;
let pending = false;

/**
 * Loads the parsers on the first call of `codeParsersWanted()` instead of at start-up, then calls `loaded`
 * (to check again what was read without them). The runtime and its grammars cost ~20 MB of a process's
 * memory, which a workspace of prompts and flows never needs.
 */
export function loadCodeParsersOnDemand(loaded: () => void, failed: (e: Error) => void): void {
  onDemand = () => {
    onDemand = undefined;
    pending = true;
    loadCodeParsers().then(
      () => ((pending = false), loaded()),
      (e: Error) => ((pending = false), failed(e)),
    );
  };
}

/**
 * Runs `check` with the parsers loaded on demand: when it met a file that needs them, waits for the load,
 * lets the caller forget what it read without them, and runs `check` again.
 */
export async function withCodeParsersOnDemand<T>(check: () => T, forget: () => void): Promise<T> {
  const first = check();
  if (!pending) return first;
  await loadCodeParsers().catch(() => undefined);
  forget();
  return check();
}

/** The parsers are being loaded on demand: what was read since a file asked for them was read without them. */
export function codeParsersLoading(): boolean {
  return pending;
}

/** A file needs the parsers: starts loading them if an entry point asked for loading on demand. */
export function codeParsersWanted(): boolean {
  onDemand?.();
  return pending;
}

interface CachedTree {
  text: string;
  tree: Tree;
  language: CodeLanguage;
}

/**
 * Last tree per file, least recently used first, so an edit re-parses incrementally (tree-sitter reuses unchanged
 * subtrees). Bounded: a project of thousands of files keeps at most MAX_TREES trees between reads; `Module.tree`
 * re-parses an evicted one on demand. A node is valid while its tree lives, so code that keeps nodes across
 * modules holds their trees (`holdingTrees`, `pinTree`) for that time.
 */
const trees = new Map<string, CachedTree>();
const MAX_TREES = 300;
/** Characters of the files whose trees are kept: a tree lives in the wasm memory, several times its text's size. */
const MAX_TREE_CHARS = 4_000_000;
let treeChars = 0;
/** Trees read in each open `holdingTrees` scope, and the trees pinned until the `pinningTrees` scope ends. */
const holds: Set<string>[] = [];
const pinned = new Set<string>();
let pinDepth = 0;
/** Replaced trees whose nodes may still be in use: deleted when no scope is open. */
const retired: Tree[] = [];
let parses = 0;

/** Counters for tests and statistics: trees kept, their characters, parses done since start, trees held. */
export function treeStats(): { trees: number; chars: number; parses: number; held: number } {
  const held = new Set([...pinned, ...holds.flatMap((h) => [...h])]);
  return { trees: trees.size, chars: treeChars, parses, held: held.size };
}

function closeScope(): void {
  if (!holds.length && !pinDepth) {
    pinned.clear();
    for (const t of retired.splice(0)) t.delete();
  }
  trim();
}

/**
 * Runs `fn` with every tree it reads kept alive until it returns, so the nodes it takes from any module stay
 * valid meanwhile; afterwards they may be evicted again (at most MAX_TREES stay). Scopes nest.
 */
export function holdingTrees<T>(fn: () => T): T {
  holds.push(new Set<string>());
  try {
    return fn();
  } finally {
    holds.pop();
    closeScope();
  }
}

/**
 * Runs `fn` (one project's analysis) so that the trees `pinTree` names inside it stay alive until it returns;
 * the other trees it reads are kept only as long as an inner `holdingTrees` scope or the cache keeps them.
 */
export function pinningTrees<T>(fn: () => T): T {
  pinDepth++;
  try {
    return fn();
  } finally {
    pinDepth--;
    closeScope();
  }
}

/** Keeps a file's tree until the `pinningTrees` scope ends (a node of it outlives the inner scope). */
export function pinTree(uri: string): void {
  if (pinDepth) pinned.add(uri);
}

const isHeld = (uri: string) => pinned.has(uri) || holds.some((h) => h.has(uri));

function trim(keep?: string): void {
  for (const [uri, entry] of trees) {
    if (trees.size <= MAX_TREES && treeChars <= MAX_TREE_CHARS) break;
    if (uri === keep || isHeld(uri)) continue;
    entry.tree.delete();
    treeChars -= entry.text.length;
    trees.delete(uri);
  }
}

function touch(uri: string): void {
  for (const h of holds) h.add(uri);
}

/** Parses a file, reusing its previous tree when only part of the text changed. */
export function parseCode(uri: string, text: string, language: CodeLanguage): Tree | undefined {
  const lang = languages?.get(language);
  if (!lang) return undefined;
  const cached = trees.get(uri);
  if (cached?.text === text && cached.language === language) {
    // Least recently used first: a hit moves to the end.
    trees.delete(uri);
    trees.set(uri, cached);
    touch(uri);
    return cached.tree;
  }
  const parser = parserFor(language, lang);
  let old: Tree | null = null;
  if (cached && cached.language === language && !isHeld(uri)) {
    old = cached.tree;
    old.edit(editBetween(cached.text, text));
  }
  // tree-sitter ends lines at LF only: a lone CR (classic Mac endings) is read as LF, same length, so offsets hold.
  const tree = parser.parse(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text, old) ?? undefined;
  parses++;
  // A held tree's nodes are still in use: it is deleted when the outermost scope ends.
  if (cached) {
    if (isHeld(uri)) retired.push(cached.tree);
    else cached.tree.delete();
    treeChars -= cached.text.length;
  }
  trees.delete(uri);
  if (tree) {
    trees.set(uri, { text, tree, language });
    treeChars += text.length;
    touch(uri);
    trim(uri);
  }
  return tree;
}

/**
 * Files at least this long are sampled before they are parsed whole: tree-sitter's error recovery is super-linear in
 * the length of one run of errors (a Go file broken on every line: 64 KB in ~1 s, 128 KB in 3–5 s, 1 MB in ~53 s at
 * load 28, where the same file without the errors parses in 0.6 s).
 */
export const SAMPLE_FROM_CHARS = 65_536;
/** Length of each sampled part, and how many parts are sampled (spread evenly over the file, the first and the last included). */
const SAMPLE_CHARS = 16_384;
const SAMPLES = 4;
/** A file whose sampled parts are more than this share syntax errors is not parsed whole. */
const MAX_ERROR_SHARE = 0.5;

/** Why a file was not parsed: the share of its sampled text inside syntax errors. */
export interface MostlyErrors {
  sampled: number;
  inErrors: number;
}

/**
 * Whether `text` is mostly syntax errors, judged on a bounded sample (at most SAMPLES parts of SAMPLE_CHARS to 4 ×
 * SAMPLE_CHARS, cut at declaration lines and parsed alone), so that the whole file is never handed to the error recovery: a constant cost,
 * deterministic (it depends on the text only). Files under SAMPLE_FROM_CHARS are not sampled (their whole parse
 * is bounded by their size). An edit of a file whose last tree had no error re-parses only the changed text: it is
 * sampled only when that change is itself long.
 */
export function mostlyErrors(uri: string, text: string, language: CodeLanguage): MostlyErrors | undefined {
  const lang = languages?.get(language);
  if (!lang || text.length < SAMPLE_FROM_CHARS) return undefined;
  // A file refused is never parsed, so no tree says it was seen: its verdict is kept (it depends on the text only).
  const seen = refused.get(uri);
  if (seen?.text === text && seen.language === language) return seen.verdict;
  const cached = trees.get(uri);
  if (cached?.language === language && cached.text === text) return undefined;
  if (cached?.language === language && !cached.tree.rootNode.hasError) {
    const e = editBetween(cached.text, text);
    if (e.newEndIndex - e.startIndex < SAMPLE_FROM_CHARS) return undefined;
  }
  const parser = parserFor(language, lang);
  let sampled = 0;
  let inErrors = 0;
  for (const { start, end, forced } of sampleParts(text, language)) {
    const part = text.slice(start, end).replace(/\r(?!\n)/g, '\n');
    const tree = parser.parse(part);
    if (!tree) continue;
    sampled += part.length;
    inErrors += errorChars(tree.rootNode, forced ? part.trimEnd().length : undefined);
    tree.delete();
  }
  if (!sampled || inErrors <= MAX_ERROR_SHARE * sampled) return undefined;
  const verdict = { sampled, inErrors };
  refused.delete(uri);
  refused.set(uri, { text, language, verdict });
  if (refused.size > MAX_REFUSED) refused.delete(refused.keys().next().value!);
  return verdict;
}

/** The last files refused as mostly errors, by uri (oldest first). */
const refused = new Map<string, { text: string; language: CodeLanguage; verdict: MostlyErrors }>();
const MAX_REFUSED = 16;

/** The parser of a language, made once. */
function parserFor(language: CodeLanguage, lang: Language): Parser {
  let parser = parsers.get(language);
  if (!parser) parsers.set(language, (parser = new Parser()).setLanguage(lang));
  return parser;
}

/**
 * A line that starts a top-level declaration, per language: sampled parts start and end at one, so a part is not cut
 * inside a multi-line string or comment (a 1 MB Go raw-string prompt cut at fixed offsets read as errors).
 */
const DECLARATION: Record<CodeLanguage, RegExp> = {
  go: /^(?:func|type|var|const|import|package)\b/gm,
  python: /^(?:async\s+def|def|class|import|from)\b|^@/gm,
  typescript: /^(?:export|import|function|async|class|const|let|var|interface|type|enum|declare|abstract)\b/gm,
  tsx: /^(?:export|import|function|async|class|const|let|var|interface|type|enum|declare|abstract)\b/gm,
  javascript: /^(?:export|import|function|async|class|const|let|var)\b/gm,
  php: /^(?:function|class|interface|trait|enum|namespace|use|abstract|final)\b|^(?:<\?php|\$\w)/gm,
  java: /^(?:package|import|public|class|interface|enum|record|abstract|final|@)\b/gm,
  ruby: /^(?:require|class|module|def|[A-Z]\w*\s*=|get|post|put|delete)\b/gm,
};

/** The first declaration line starting in [from, to), searched in that range only (bounded work). */
function declarationIn(text: string, language: CodeLanguage, from: number, to: number): number | undefined {
  if (from > 0 && text.charCodeAt(from - 1) !== 10) {
    const nl = text.indexOf('\n', from);
    if (nl < 0 || nl + 1 >= to) return undefined;
    from = nl + 1;
  }
  const re = DECLARATION[language];
  re.lastIndex = 0;
  const m = re.exec(text.slice(from, to));
  return m ? from + m.index : undefined;
}

/**
 * SAMPLES parts spread over `text` (the first from its start): each starts at a declaration line and ends at the first
 * one after SAMPLE_CHARS; `forced` when none came within 4 × SAMPLE_CHARS and the part was cut at the last line break
 * there instead (a part with no line break there is not sampled).
 */
function sampleParts(text: string, language: CodeLanguage): { start: number; end: number; forced: boolean }[] {
  const parts: { start: number; end: number; forced: boolean }[] = [];
  const reach = 4 * SAMPLE_CHARS;
  let previousEnd = 0;
  for (let k = 0; k < SAMPLES; k++) {
    const at = Math.round(((text.length - SAMPLE_CHARS) * k) / (SAMPLES - 1));
    const start = k === 0 ? 0 : declarationIn(text, language, Math.max(at, previousEnd), at + reach);
    if (start === undefined || start < previousEnd || start >= text.length) continue;
    const next = declarationIn(text, language, start + SAMPLE_CHARS, start + reach);
    if (next === undefined && start + reach < text.length) {
      // Cut at the last line break within reach; none there (one long line: a string, minified code) says nothing.
      const nl = text.lastIndexOf('\n', start + reach - 1);
      previousEnd = nl >= start + SAMPLE_CHARS ? nl + 1 : start + reach;
      if (nl >= start + SAMPLE_CHARS) parts.push({ start, end: nl + 1, forced: true });
      continue;
    }
    const end = next ?? text.length;
    parts.push({ start, end, forced: false });
    previousEnd = end;
  }
  return parts;
}

/**
 * Characters inside ERROR nodes (outermost only) of a tree; error-free subtrees are skipped. A part cut short
 * (`forcedEnd`) ends in the middle of something: an error that reaches its end is that cut, not the file's.
 */
function errorChars(root: Node, forcedEnd?: number): number {
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'ERROR') {
      if (forcedEnd === undefined || node.endIndex < forcedEnd) total += node.endIndex - node.startIndex;
    } else if (node.hasError) for (const child of node.children) if (child && child.hasError) stack.push(child);
  }
  return total;
}

/** Row and column of `offset`, counting from a known point (`from` at row `row`, line starting at `lineStart`). */
function pointAt(
  text: string,
  offset: number,
  from = { offset: 0, row: 0, lineStart: 0 },
): { row: number; column: number; lineStart: number } {
  let { row, lineStart } = from;
  for (let i = text.indexOf('\n', from.offset); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart, lineStart };
}

const CHUNK = 1024;

/** The one edit (common prefix and suffix kept) that turns `before` into `after`, as tree-sitter wants it. */
function editBetween(before: string, after: string) {
  const max = Math.min(before.length, after.length);
  // Whole chunks first (string equality is a memory compare), then character by character.
  let p = 0;
  while (p + CHUNK <= max && before.slice(p, p + CHUNK) === after.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const tail = (text: string, n: number) => text.slice(text.length - n - CHUNK, text.length - n);
  while (s + CHUNK <= max - p && tail(before, s) === tail(after, s)) s += CHUNK;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // One scan to the start of the change, then only through the changed text.
  const start = pointAt(before, p);
  const from = { offset: p, row: start.row, lineStart: start.lineStart };
  const point = (x: { row: number; column: number }) => ({ row: x.row, column: x.column });
  return {
    startIndex: p,
    oldEndIndex: before.length - s,
    newEndIndex: after.length - s,
    startPosition: point(start),
    oldEndPosition: point(pointAt(before, before.length - s, from)),
    newEndPosition: point(pointAt(after, after.length - s, from)),
  };
}
