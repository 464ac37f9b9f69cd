/**
 * Go and PHP idioms of a prompt expression: package members (`prompts.System`), class constants and
 * properties (`self::PROMPT`, `$this->prompt`), `fmt.Sprintf` / `sprintf`, `strings.Join` / `implode`,
 * string replacements, files read (`os.ReadFile`, `file_get_contents`) and Laravel `config()` values.
 */
import { dirOf, join } from '../../model/uri';
import { findDeclaration } from './declarations';
import type { Node } from './parser';
import { placeholder, unknown, wholeFile, type Resolved, type Again } from './pieces';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { phpClassModules, phpReturned } from './php-values';
import { bladePath } from './project';
import { callArgs, calleeText, entries, isCall, items, plainString, unwrap } from './syntax';
import { conditionHolds } from './condition';

/** `pkg.Name`, `self::NAME`, `Cls::NAME`, `$this->name`: the declaration it reads, when the project has it. */
export function goPhpMember(project: CodeProject, mod: Module, n: Node, again: Again): Resolved | undefined {
  if (n.type === 'selector_expression') {
    const op = n.childForFieldName('operand');
    const field = n.childForFieldName('field')?.text;
    if (op?.type !== 'identifier' || !field || findDeclaration(project, mod, op.text, n)) return undefined;
    for (const m of goPackage(project, mod, op.text)) {
      const t = findDeclaration(project, m, field);
      if (t && !('module' in t)) return again(t.mod, t.node);
    }
    return undefined;
  }
  if (n.type === 'class_constant_access_expression') {
    const [scope, name] = n.namedChildren;
    if (!scope || !name) return undefined;
    const own = /^(?:self|static|parent)$/.test(scope.text);
    for (const m of own ? [mod] : phpClassModules(project, scope.text.replace(/^.*\\/, ''))) {
      const t = findDeclaration(project, m, name.text);
      if (t && !('module' in t)) return again(t.mod, t.node);
    }
    return undefined;
  }
  if (/^(?:nullsafe_)?member_access_expression$/.test(n.type)) {
    const name = n.childForFieldName('name')?.text;
    if (n.childForFieldName('object')?.text !== '$this' || !name) return undefined;
    const t = findDeclaration(project, mod, `$${name}`);
    if (t && !('module' in t)) return again(t.mod, t.node);
    // `$this->prompt = …` in the constructor.
    // The match may land on the assignment itself or on a node inside its left side.
    for (const { node } of nodesAt(mod, new RegExp(`\\$this->${escapeRegex(name)}\\s*=(?![=>])`, 'g'))) {
      let a: Node | null = node;
      for (let i = 0; a && a.type !== 'assignment_expression' && i < 4; i++) a = a.parent;
      if (
        a?.type === 'assignment_expression' &&
        a.childForFieldName('left')?.text.replace(/\s+/g, '') === `$this->${name}`
      )
        return again(mod, a.childForFieldName('right'));
    }
  }
  return undefined;
}

/**
 * The files of the Go package a module imports under `name`: an import with that alias, or whose folder's files
 * declare `package name` (the folder found from go.mod's module path, else by its last segment).
 */
function goPackage(project: CodeProject, mod: Module, name: string): Module[] {
  const modulePath = /^\s*module\s+(\S+)/m.exec(project.files.get(join(project.root, 'go.mod')) ?? '')?.[1];
  for (const { alias, path } of goImports(mod.text)) {
    if (alias && alias !== name) continue;
    const mods = goFolderModules(project, path, modulePath);
    if (alias === name || mods.some((m) => /^\s*package\s+(\w+)/m.exec(m.text)?.[1] === name)) return mods;
  }
  return [];
}

/** The import specs of a Go file (`import "p"`, `import ( a "p" … )`). */
export function goImports(text: string): { alias?: string; path: string }[] {
  const out: { alias?: string; path: string }[] = [];
  for (const m of text.matchAll(/\bimport\s*(?:\(([^)]*)\)|((?:[\w.]+\s+)?"[^"]+"))/g))
    for (const spec of (m[1] ?? m[2]).matchAll(/(?:^|\s)(?:([\w.]+)\s+)?"([^"]+)"/g))
      out.push({ alias: spec[1], path: spec[2] });
  return out;
}

/** The project's Go files of an import path: the module's own folder when go.mod names it, else by last segment. */
function goFolderModules(project: CodeProject, path: string, modulePath: string | undefined): Module[] {
  const own =
    modulePath && path.startsWith(`${modulePath}/`) ? join(project.root, path.slice(modulePath.length + 1)) : '';
  const folder = `/${path.split('/').pop()}`;
  return [...project.modules.values()].filter(
    (m) => m.lang === 'go' && (own ? dirOf(m.uri) === own : dirOf(m.uri).endsWith(folder)),
  );
}

const FIRST_ARG =
  /^(?:fmt\.Sprintf|sprintf|vsprintf|strings\.TrimSpace|strings\.Trim|trim|nl2br|strval|string|strings\.ReplaceAll|strings\.Replace|strtr|genai\.Text|genai\.NewPartFromText|genai\.NewContentFromText|openai\.String|anthropic\.String|param\.NewOpt|openai\.F|anthropic\.F|anthropic\.NewTextBlock|llms\.TextContent|llms\.TextPart)$/;
const JOIN = /^(?:strings\.Join|implode|join)$/;
const READ = /^(?:os\.ReadFile|ioutil\.ReadFile|file_get_contents|File::get|Storage::get|Storage\.get|File\.get)$/;
const PATH_HELPER = /^(?:base_path|resource_path|storage_path|app_path|__DIR__|filepath\.Join|path\.Join)$/;

/** A Go or PHP library call that passes its text through: formatting, joining, replacing, reading a file. */
export function goPhpCall(project: CodeProject, mod: Module, n: Node, again: Again): Resolved | undefined {
  if (mod.lang !== 'go' && mod.lang !== 'php') return undefined;
  const callee = calleeText(n);
  const args = callArgs(n).positional;
  if (FIRST_ARG.test(callee) && args[0]) return again(mod, args[0]);
  if (/^(?:str_replace|str_ireplace|preg_replace)$/.test(callee) && args[2]) return again(mod, args[2]);
  if (JOIN.test(callee)) {
    const [written, sep] = callee === 'strings.Join' ? [args[0], args[1]] : [args[1], args[0]];
    // `implode("\n", array_filter([$a, $b]))`: the parts left empty by the shipped values drop out, the rest join.
    const kept = unwrap(written);
    const list =
      kept && isCall(kept) && /^(?:array_filter|array_values)$/.test(calleeText(kept))
        ? callArgs(kept).positional[0]
        : written;
    const items = list && listOf(project, mod, list, again);
    if (!items || !sep) return undefined;
    const parts = items.map((i) => again(mod, i));
    const s = again(mod, sep);
    if (!('pieces' in s)) return s;
    // A prompt assembled from parts: a part computed at run time (a catalogue) becomes a {{placeholder}}.
    if (!parts.length || parts.every((p) => 'unknown' in p)) return parts[0] ?? unknown(`\`${n.text.slice(0, 60)}\``);
    return {
      pieces: parts.flatMap((p, i) => [
        ...(i ? s.pieces : []),
        ...('pieces' in p ? p.pieces : [placeholder(items[i], mod.uri)]),
      ]),
    };
  }
  if (READ.test(callee)) return readFile(project, mod, n, again);
  // Laravel's path helpers (`resource_path('prompts/x.md')`): the path from the project's root, as a text.
  const helper = LARAVEL_PATH.exec(callee);
  if (mod.lang === 'php' && helper) {
    const rel = args[0] ? plainString(args[0]) : '';
    if (rel === undefined) return undefined;
    const text = `${LARAVEL_DIRS[helper[1]] ?? ''}${rel.replace(/^\//, '')}`;
    return { pieces: [{ text, uri: mod.uri, offsets: Array.from(text, () => n.startIndex) }] };
  }
  // Laravel `view('prompts.system', [...])->render()`: the Blade template, its `{{ $x }}` echoes left as slots.
  if (n.type === 'member_call_expression' && /^(?:render|toHtml)$/.test(n.childForFieldName('name')?.text ?? '')) {
    const obj = unwrap(n.childForFieldName('object'));
    if (obj && /^(?:view|View\.make)$/.test(calleeText(obj))) return again(mod, obj);
  }
  if (mod.lang === 'php' && /^(?:view|View\.make)$/.test(callee)) return bladeView(project, mod, args[0]);
  // `config('file.key', default)`: the value in config/file.php first, the default when the project has none.
  if (callee === 'config' && args[0]) return laravelConfig(project, plainString(args[0]), again);
  return phpReturned(project, mod, n, again);
}

/**
 * A Blade template as text: `{!! $x !!}` reads as the slot `{{ $x }}` and a `{{-- comment --}}` as blanks, each
 * the same length, so every character keeps its place in the file.
 */
function bladeView(project: CodeProject, mod: Module, arg: Node | undefined): Resolved {
  const name = plainString(arg);
  const uri = name ? join(project.root, bladePath(name)) : undefined;
  const raw = uri !== undefined ? project.files.get(uri) : undefined;
  if (raw === undefined) return unknown(`the view \`${name ?? arg?.text ?? ''}\` (not found in the project)`);
  const text = raw
    .replace(/\{\{--[\s\S]*?--\}\}/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/\{!!/g, '{{ ')
    .replace(/!!\}/g, ' }}');
  return wholeFile(text, uri!);
}

function listOf(project: CodeProject, mod: Module, node: Node, again: Again): Node[] | undefined {
  let n = unwrap(node);
  let name: string | undefined;
  for (let i = 0; n && /^(?:identifier|variable_name)$/.test(n.type) && i < 4; i++) {
    name = n.text;
    const t = findDeclaration(project, mod, n.text, n);
    if (!t || 'module' in t || t.mod !== mod) return undefined;
    n = unwrap(t.node);
  }
  const listed = items(n);
  return listed && name && mod.lang === 'php' && n ? [...listed, ...phpPushes(mod, name, n, again)] : listed;
}

/**
 * PHP `$parts[] = '…'` after `$parts = [...]`, in the same function: the lines a prompt builder adds, in the order
 * written. Lines added in either branch of an `if` are kept (the text is judged whole, as each branch can run),
 * except a branch that the configured values rule out: `if ($cfg['name'] !== '')` when that value is empty as
 * shipped (an env var left blank in `.env.example`, a config default of `''`), or the `else` of such a test when
 * the value is set.
 */
function phpPushes(mod: Module, name: string, decl: Node, again: Again): Node[] {
  let scope: Node | null = decl.parent;
  while (
    scope &&
    !/^(?:method_declaration|function_definition|anonymous_function|arrow_function|program)$/.test(scope.type)
  )
    scope = scope.parent;
  const out: Node[] = [];
  const seen = new Set<number>();
  for (const { node } of nodesAt(mod, new RegExp(`${escapeRegex(name)}\\s*\\[\\s*\\]\\s*=(?![=>])`, 'g'))) {
    if (node.startIndex < decl.endIndex || (scope && node.endIndex > scope.endIndex)) continue;
    let a: Node | null = node;
    for (let i = 0; a && a.type !== 'assignment_expression' && i < 4; i++) a = a.parent;
    const right = a?.type === 'assignment_expression' ? a.childForFieldName('right') : null;
    if (!right || seen.has(right.startIndex)) continue;
    seen.add(right.startIndex);
    if (!ruledOut(mod, right, scope, again)) out.push(right);
  }
  return out;
}

const LARAVEL_PATH = /^(base|resource|storage|app|config|public|database|lang)_path$/;
const LARAVEL_DIRS: Record<string, string> = {
  resource: 'resources/',
  storage: 'storage/',
  app: 'app/',
  config: 'config/',
  public: 'public/',
  database: 'database/',
  lang: 'lang/',
};

/**
 * The file a call reads, by the literal path parts in it (`base_path('prompts/system.txt')`, `os.ReadFile("p.md")`),
 * else by the value of its path argument (`file_get_contents(config('bot.prompt_path'))`, a constant).
 */
function readFile(project: CodeProject, mod: Module, n: Node, again: Again): Resolved {
  const strings = n
    .descendantsOfType(['string', 'interpreted_string_literal', 'raw_string_literal', 'encapsed_string'])
    .map((s) => (s ? (plainString(s) ?? '') : ''))
    .filter((s) => s && !PATH_HELPER.test(s))
    .map((s) => s.replace(/^\//, ''));
  const rel = strings.join('/');
  let uri = rel ? (project.fileFor(mod, rel) ?? project.fileFor(mod, strings[strings.length - 1])) : undefined;
  const arg = callArgs(n).positional[0];
  if (!uri && arg) {
    const held = again(mod, arg);
    const path = 'pieces' in held ? held.pieces.map((p) => p.text).join('') : '';
    if (path && !/\{\{/.test(path) && path.length < 300) uri = project.fileFor(mod, path.replace(/^\.?\//, ''));
  }
  if (!uri) return unknown(`the file read by \`${n.text.slice(0, 60)}\` (not found in the project)`);
  const text = project.files.get(uri) ?? '';
  return wholeFile(text, uri);
}

/** Laravel `config('services.openai.prompt')`: the value in config/services.php (an `env()` default in it too). */
function laravelConfig(project: CodeProject, key: string | undefined, again: Again): Resolved | undefined {
  const [file, ...path] = key?.split('.') ?? [];
  const m = file ? project.modules.get(join(project.root, `config/${file}.php`)) : undefined;
  if (!m) return undefined;
  const ret = m.tree.rootNode.descendantsOfType('return_statement')[0]?.namedChildren[0];
  let v: Node | undefined = ret ?? undefined;
  for (const k of path) v = v && entries(v)?.get(k);
  return v ? again(m, v) : undefined;
}

/** `//go:embed prompt.txt` above `var prompt string`: the embedded file. */
export function goEmbed(project: CodeProject, mod: Module, comment: Node): Resolved {
  const rel = /^\/\/go:embed\s+(\S+)/.exec(comment.text)?.[1];
  const uri = rel ? project.fileFor(mod, rel) : undefined;
  if (!uri) return unknown(`the file embedded by \`${comment.text.slice(0, 60)}\` (not found in the project)`);
  const text = project.files.get(uri) ?? '';
  return wholeFile(text, uri);
}

/** Whether an `if` around `node` (inside `scope`) takes the other branch for the values the project ships. */
function ruledOut(mod: Module, node: Node, scope: Node | null, again: Again): boolean {
  for (let p = node.parent; p && !(scope && p.equals(scope)); p = p.parent) {
    if (p.type !== 'if_statement') continue;
    const body = p.childForFieldName('body');
    const inBody = !!body && node.startIndex >= body.startIndex && node.endIndex <= body.endIndex;
    const elseClause = p.namedChildren.find((c) => c?.type === 'else_clause');
    const inElse = !!elseClause && node.startIndex >= elseClause.startIndex && node.endIndex <= elseClause.endIndex;
    const holds = conditionHolds(mod, p.childForFieldName('condition'), again);
    if ((inBody && holds === false) || (inElse && holds === true)) return true;
  }
  return false;
}
