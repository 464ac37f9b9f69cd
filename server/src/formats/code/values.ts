/** Values a prompt expression may stand for: parsed JSON/YAML data files and environment variables. */
import { join } from '../../model/uri';
import { enclosingClass, isClass, membersOf } from './classes';
import { findDeclaration, type Target } from './declarations';
import type { Node } from './parser';
import { MAX_DEPTH, unknown, type Resolved } from './pieces';
import { ENV_EXAMPLES } from './project';
import type { CodeProject, Module } from './project-model';
import { callArgs, calleeText, plainString, unwrap } from './syntax';
import { projectClass } from './java-ruby-values';

/** A structured data file the project ships (its path, or a string literal naming it with its closing quote). */
const DATA_FILE = /\.(?:json|ya?ml|toml)['"]?$/i;

/** Literals with keys: JS objects, Python dicts, Go struct/map literals, PHP arrays. */
const KEYED = /^(?:object|dictionary|composite_literal|array_creation_expression)$/;

export type Value = Target | { module: Module } | { data: unknown; uri: string } | undefined;

/** What an object expression stands for: a literal, a module, or parsed JSON/YAML data. */
export function valueOf(project: CodeProject, mod: Module, node: Node, depth: number): Value {
  const n = unwrap(node);
  if (!n || depth > MAX_DEPTH) return undefined;
  if (n.type === 'identifier' || n.type === 'constant') {
    const t = findDeclaration(project, mod, n.text, n);
    // `self.x` / `cls.x` in a method: the class's attributes.
    if (!t && /^(?:self|cls)$/.test(n.text)) return classOf(mod, enclosingClass(n));
    if (!t) return projectClass(project, mod, n.text);
    if ('module' in t) return t;
    if (KEYED.test(t.node.type) || isClass(t.node)) return t;
    return valueOf(project, t.mod, t.node, depth + 1);
  }
  if (KEYED.test(n.type)) return { mod, node: n };
  if (n.type === 'this') return classOf(mod, enclosingClass(n));
  const instance = instanceOf(project, mod, n);
  if (instance) return instance;
  if (
    n.type === 'member_expression' ||
    n.type === 'attribute' ||
    n.type === 'subscript' ||
    n.type === 'subscript_expression' ||
    n.type === 'element_reference'
  ) {
    const inner = valueOf(project, mod, (n.childForFieldName('object') ?? n.childForFieldName('value'))!, depth + 1);
    const keyNode =
      (n.type === 'element_reference' ? n.namedChildren[1] : undefined) ??
      n.childForFieldName('property') ??
      n.childForFieldName('attribute') ??
      n.childForFieldName('index') ??
      n.childForFieldName('subscript');
    const key = keyNode ? (plainString(keyNode) ?? keyNode.text.replace(/^:/, '')) : '';
    if (inner && 'data' in inner)
      return { data: (inner.data as Record<string, unknown> | undefined)?.[key], uri: inner.uri };
    if (inner && 'node' in inner) {
      const v = membersOf(inner.node)?.get(key);
      return v ? (valueOf(project, inner.mod, v, depth + 1) ?? { mod: inner.mod, node: v }) : undefined;
    }
    return undefined;
  }
  const path = dataPath(n) ?? heldDataPath(project, mod, n);
  if (path) {
    const uri = project.fileFor(mod, path) ?? byName(project, path);
    return uri && DATA_FILE.test(uri) ? { data: project.dataOf(uri), uri } : undefined;
  }
  return keyedLookup(project, n);
}

/** A data file of the project by its name alone (`File.expand_path("../config/prompts.yml", __dir__)`), when only one has it. */
function byName(project: CodeProject, path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const same = [...project.files.keys()].filter((u) => decodeURIComponent(u).endsWith(`/${name}`));
  return same.length === 1 ? same[0] : undefined;
}

/** A store read by a literal key (`PromptStore.fetch(:whatsapp_concierge)`, `prompts.get("support")`). */
const LOOKUP = /(?:^|\.)(?:fetch|get|load|find|lookup|prompt|prompts|template)\w*$/i;

/**
 * A lookup by one literal key that is a top-level key of one JSON/YAML data file of the project: the value there
 * (a prompt store over `config/prompts.yml`). Two files with the key: not known.
 */
function keyedLookup(project: CodeProject, n: Node): Value {
  if (!/^(?:call|call_expression|method_invocation)$/.test(n.type) || !LOOKUP.test(calleeText(n))) return undefined;
  const args = callArgs(n).positional;
  const a = args.length === 1 ? unwrap(args[0]) : undefined;
  const key = a && (a.type === 'simple_symbol' ? a.text.slice(1) : plainString(a));
  if (!key || !/^[\w.-]+$/.test(key)) return undefined;
  const hits = [...project.files.keys()].filter((u) => {
    if (!DATA_FILE.test(u)) return false;
    const data = project.dataOf(u);
    return !!data && typeof data === 'object' && key in (data as object);
  });
  return hits.length === 1
    ? { data: (project.dataOf(hits[0]) as Record<string, unknown>)[key], uri: hits[0] }
    : undefined;
}

const classOf = (mod: Module, cls: Node | undefined): Value => (cls ? { mod, node: cls } : undefined);

/** `Settings()` / `new Assistant()`: an instance of a class of the project stands for the class's attributes. */
function instanceOf(project: CodeProject, mod: Module, n: Node): Value {
  if (!/^(?:call|new_expression)$/.test(n.type)) return undefined;
  const fn = unwrap(n.childForFieldName('function') ?? n.childForFieldName('constructor'));
  if (fn?.type !== 'identifier') return undefined;
  const t = findDeclaration(project, mod, fn.text, n);
  return t && !('module' in t) && isClass(t.node) ? t : undefined;
}

/** The literal path of a `require('./x.json')`, `JSON.parse(fs.readFileSync(…))`, `json.load(open(…))`, `yaml.safe_load(…)`. */
function dataPath(n: Node): string | undefined {
  if (!/^(call|call_expression|method_invocation)$/.test(n.type)) return undefined;
  const dataStrings = (x: Node) =>
    x
      .descendantsOfType(['string', 'string_fragment', 'string_content'])
      .map((s) => s?.text ?? '')
      .filter((s) => DATA_FILE.test(s));
  let strings = dataStrings(n);
  // `with open("config.yaml") as f: CONFIG = yaml.safe_load(f)`: the file the `with` opened.
  const arg = unwrap(n.childForFieldName('arguments')?.namedChildren[0]);
  if (!strings.length && arg?.type === 'identifier') {
    const opened = withOpened(n, arg.text);
    if (opened) strings = dataStrings(opened);
  }
  if (!/require|json|yaml|load|parse|read/i.test(calleeText(n)) || !strings.length) return undefined;
  return strings[0].replace(/^['"`]|['"`]$/g, '');
}

/**
 * A data read whose path is held in a variable or constant (`const CFG = path.join(__dirname, '..', 'config',
 * 'bot.json')` … `JSON.parse(fs.readFileSync(CFG))`, `CONFIG_PATH = Path(__file__).parent / "settings.yaml"`): the
 * data path written where that name is declared. One level only, and only names in the call's arguments.
 */
function heldDataPath(project: CodeProject, mod: Module, n: Node): string | undefined {
  if (!/^(call|call_expression|method_invocation)$/.test(n.type)) return undefined;
  if (!/require|json|yaml|load|parse|read/i.test(calleeText(n))) return undefined;
  const args = n.childForFieldName('arguments');
  const names = args?.descendantsOfType(['identifier', 'constant']) ?? [];
  for (const id of names.slice(0, 8)) {
    if (!id) continue;
    const t = findDeclaration(project, mod, id.text, id);
    if (!t || 'module' in t || t.node === id) continue;
    const path = dataPath(t.node) ?? literalDataPath(t.node);
    if (path) return path;
  }
  return undefined;
}

/** A data file's path written in a declaration's value: its `.json`/`.yml` string (joined path parts end in it). */
function literalDataPath(n: Node): string | undefined {
  const s = n
    .descendantsOfType(['string', 'string_fragment', 'string_content'])
    .map((x) => x?.text ?? '')
    .find((x) => DATA_FILE.test(x));
  return s?.replace(/^['"`]|['"`]$/g, '');
}

/** The `with` item (`open(path) as name`) around a node that binds `name`. */
function withOpened(n: Node, name: string): Node | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type !== 'with_statement') continue;
    const item = p.descendantsOfType('as_pattern').find((a) => a?.childForFieldName('alias')?.text === name);
    if (item) return item;
  }
  return undefined;
}

export function envValue(project: CodeProject, name: string): Resolved {
  for (const f of ENV_EXAMPLES) {
    const uri = join(project.root, f);
    const text = project.files.get(uri);
    // `[ \t]`, not `\s`: a variable left empty (`NAME=`) must not read the next line as its value.
    const m = text && new RegExp(`^[ \\t]*(?:export[ \\t]+)?${name}[ \\t]*=[ \\t]*(.*)$`, 'm').exec(text);
    if (!m || !m[1].trim()) continue;
    const quoted = /^(['"])(.*)\1\s*$/.exec(m[1]);
    const value = (quoted ? quoted[2] : m[1].trim()).replace(/\\n/g, '\n');
    const start = m.index + m[0].length - m[1].length + (quoted ? 1 : 0);
    return { pieces: [{ text: value, uri, offsets: Array.from(value, (_, i) => start + i) }] };
  }
  return unknown(`environment variable ${name} (no default in the code, not in .env.example)`);
}
