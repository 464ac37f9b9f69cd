/** Where a name is defined: a declaration in the module (nearest scope first) or an import from another module. */
import { goPhpDeclValue } from './go-php';
import type { Node } from './parser';
import { escapeRegex, type CodeProject, type Module } from './project-model';
import { callAround, callArgs, enclosingFunction } from './syntax';

export interface Target {
  mod: Module;
  /** The value expression (initializer), or the function node for a function declaration. */
  node: Node;
}

/** A whole module used as a value (`import * as P`, `import prompts`, `require('./p')`). */
export interface ModuleRef {
  module: Module;
}

const DECL_PARENTS = new Set(['variable_declarator', 'assignment', 'assignment_expression']);
const DEFAULT_PARENTS = new Set([
  'object_assignment_pattern',
  'assignment_pattern',
  'required_parameter',
  'optional_parameter',
  'default_parameter',
  'typed_default_parameter',
]);
/** A default that stands for "nothing given" tells nothing about the value. */
const EMPTY_DEFAULT = /^(?:None|null|undefined|\[\s*\]|\{\s*\}|\(\s*\))$/;

export function findDeclaration(
  project: CodeProject,
  mod: Module,
  name: string,
  near?: Node,
  local = false,
): Target | ModuleRef | undefined {
  // Ruby instance and class variables keep their sigil (`@system`).
  if (!/^@{0,2}[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const n = escapeRegex(name);
  const re = new RegExp(
    `(?<![\\w.$])${n}\\s*(?::\\s*[^=\\n;]{1,80})?=(?![=>])|(?:function|def|class|func|var|const)\\s+${n}\\b|(?<![\\w.$])${n}\\s*(?:,\\s*[\\w$]+\\s*)*:=|\\bdefine\\(\\s*['"]${n}['"]`,
    'g',
  );
  const found: { value: Node; scope?: Node; at: number }[] = [];
  for (const { index, length } of declarationSites(mod, name, re)) {
    const node = mod.tree.rootNode.descendantForIndex(index, index + Math.max(1, length) - 1);
    if (!node) continue;
    let id = node.type === 'identifier' ? node : mod.tree.rootNode.descendantForIndex(mod.text.indexOf(name, index));
    if (id && id.text !== name && id.parent?.text === name) id = id.parent;
    const define = /^define\(/.test(mod.text.slice(index, index + 7)) ? callAround(node) : undefined;
    if (define) {
      const value = callArgs(define).positional[1];
      if (value) found.push({ value, scope: enclosingFunction(define), at: index });
      continue;
    }
    if (!id || id.text !== name) continue;
    const p = id.parent;
    if (!p) continue;
    const goPhp = mod.lang === 'go' || mod.lang === 'php' ? goPhpDeclValue(id) : undefined;
    if (goPhp) found.push({ value: goPhp, scope: enclosingFunction(p), at: index });
    else if (DECL_PARENTS.has(p.type) && (p.childForFieldName('name') ?? p.childForFieldName('left'))?.equals(id)) {
      const value = p.childForFieldName('value') ?? p.childForFieldName('right');
      if (value) found.push({ value, scope: enclosingFunction(p), at: index });
    } else if (DEFAULT_PARENTS.has(p.type)) {
      // A default: `{ SYSTEM_PROMPT = '…' } = process.env`, `function ask(text, system = SYSTEM)`, `def ask(t, system=S)`.
      const value = p.childForFieldName('value') ?? p.childForFieldName('right');
      if (value && !EMPTY_DEFAULT.test(value.text)) found.push({ value, scope: enclosingFunction(p), at: index });
    } else if (
      /function_declaration|function_definition|class_declaration|class_definition|method_declaration/.test(p.type)
    ) {
      found.push({ value: p, scope: enclosingFunction(p), at: index });
    }
  }
  if (found.length) {
    const inScope = near
      ? found.filter((f) => f.scope && f.scope.startIndex <= near.startIndex && near.endIndex <= f.scope.endIndex)
      : [];
    const pick =
      inScope.sort((a, b) => b.scope!.startIndex - a.scope!.startIndex)[0] ?? found.find((f) => !f.scope) ?? found[0];
    const req = requireSpec(pick.value);
    if (req !== undefined) {
      const target = project.importTarget(mod, req);
      return target ? { module: target } : undefined;
    }
    return { mod, node: pick.value };
  }
  if (mod.lang === 'go' || mod.lang === 'php') return local ? undefined : packageName(project, mod, name);
  return importedName(project, mod, name);
}

/**
 * Where the declaration pattern of `name` matches in a module, found once per module and name: a prompt that
 * interpolates the same variable on every line (a PHP heredoc with `$x` 5,000 times) searched the whole file each
 * time (1.1 MB: 160 s). Offsets, not nodes: the module's tree may be parsed again meanwhile (parser.ts).
 */
const sites = new WeakMap<Module, Map<string, { index: number; length: number }[]>>();
function declarationSites(mod: Module, name: string, re: RegExp): { index: number; length: number }[] {
  let byName = sites.get(mod);
  if (!byName) sites.set(mod, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    found = [];
    re.lastIndex = 0;
    for (let m = re.exec(mod.text); m && found.length <= 500; m = re.exec(mod.text)) {
      if (m[0].length === 0) re.lastIndex++;
      found.push({ index: m.index, length: m[0].length });
    }
    byName.set(name, found);
  }
  return found;
}

/**
 * A name declared in another file of the same Go package (its folder), or at the top of another PHP file of the
 * project (a `define`d constant, a variable of an included file).
 */
function packageName(project: CodeProject, mod: Module, name: string): Target | ModuleRef | undefined {
  const dir = mod.uri.slice(0, mod.uri.lastIndexOf('/'));
  for (const m of project.modules.values()) {
    if (m === mod || m.lang !== mod.lang || !m.text.includes(name)) continue;
    if (mod.lang === 'go' && m.uri.slice(0, m.uri.lastIndexOf('/')) !== dir) continue;
    // A PHP variable only from a file this one includes (`require 'config.php'`).
    if (name.startsWith('$') && !mod.text.includes(m.uri.slice(m.uri.lastIndexOf('/') + 1))) continue;
    const t = findDeclaration(project, m, name, undefined, true);
    if (t && !('module' in t) && !enclosingFunction(t.node)) return t;
  }
  return undefined;
}

function requireSpec(value: Node): string | undefined {
  const m = /^require\(\s*['"]([^'"]+)['"]\s*\)$/.exec(value.text);
  return m?.[1];
}

/** A name bound by an import statement, resolved in the module it comes from. */
function importedName(project: CodeProject, mod: Module, name: string): Target | ModuleRef | undefined {
  const n = escapeRegex(name);
  if (mod.python) {
    for (const m of mod.text.matchAll(/^\s*from\s+(\S+)\s+import\s+\(?([^)\n]*(?:\n[^)\n]*){0,20}?)\)?\s*$/gm)) {
      const spec = m[2]
        .split(',')
        .map((s) => s.trim())
        .find((s) => new RegExp(`(?:^|\\s)${n}$`).test(s));
      if (!spec) continue;
      const original = spec.split(/\s+as\s+/)[0].trim();
      const target = project.importTarget(mod, m[1]);
      const value = target && target !== mod ? exported(project, target, original) : undefined;
      // `from pkg import prompts` / `from . import prompts`: a name the package does not define is its submodule.
      const sub = value
        ? undefined
        : project.importTarget(mod, m[1].endsWith('.') ? m[1] + original : `${m[1]}.${original}`);
      return value ?? (sub && sub !== mod ? { module: sub } : undefined);
    }
    const plain = new RegExp(`^\\s*import\\s+([\\w.]+)(?:\\s+as\\s+${n})?\\s*$`, 'm').exec(mod.text);
    if (plain && (plain[0].includes(` as ${name}`) || plain[1].split('.').pop() === name)) {
      const target = project.importTarget(mod, plain[1]);
      return target ? { module: target } : undefined;
    }
    return undefined;
  }
  const named = new RegExp(
    `import\\s+(?:type\\s+)?(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*['"]([^'"]+)['"]|(?:const|let|var)\\s*\\{([^}]*)\\}\\s*=\\s*require\\(\\s*['"]([^'"]+)['"]`,
    'g',
  );
  for (const m of mod.text.matchAll(named)) {
    const list = m[1] ?? m[3];
    const spec = list
      .split(',')
      .map((s) => s.trim())
      .find((s) => new RegExp(`(?:^|\\s|:)${n}$`).test(s));
    if (!spec) continue;
    const original = spec.split(/\s+as\s+|\s*:\s*/)[0].trim();
    const target = project.importTarget(mod, m[2] ?? m[4]);
    return target && target !== mod ? exported(project, target, original) : undefined;
  }
  const star = new RegExp(`import\\s+\\*\\s+as\\s+${n}\\s+from\\s*['"]([^'"]+)['"]`).exec(mod.text);
  if (star) {
    const target = project.importTarget(mod, star[1]);
    return target ? { module: target } : undefined;
  }
  const def = new RegExp(`import\\s+${n}\\s*(?:,\\s*\\{[^}]*\\})?\\s*from\\s*['"]([^'"]+)['"]`).exec(mod.text);
  if (def) {
    const target = project.importTarget(mod, def[1]);
    return target && target !== mod ? exported(project, target, 'default') : undefined;
  }
  return undefined;
}

/** An exported name of a module: `export const X`, `X = …`, `module.exports = { X }`, `export default …`. */
export function exported(project: CodeProject, mod: Module, name: string): Target | ModuleRef | undefined {
  if (name === 'default') {
    const m = /(?:export\s+default|module\.exports\s*=)\s*/.exec(mod.text);
    const node = m && mod.tree.rootNode.descendantForIndex(m.index + m[0].length);
    let value: Node | null | undefined = node;
    while (
      value?.parent &&
      value.parent.startIndex === value.startIndex &&
      value.parent.type !== 'export_statement' &&
      value.parent.type !== 'assignment_expression'
    )
      value = value.parent;
    return value ? { mod, node: value } : undefined;
  }
  const direct = findDeclaration(project, mod, name);
  if (direct) return direct;
  const m = /module\.exports\s*=\s*\{/.exec(mod.text);
  if (m) {
    const obj = mod.tree.rootNode.descendantForIndex(m.index + m[0].length - 1)?.parent;
    for (const c of obj?.namedChildren ?? []) {
      if (c?.type === 'pair' && c.childForFieldName('key')?.text === name)
        return { mod, node: c.childForFieldName('value')! };
      if (c?.type === 'shorthand_property_identifier' && c.text === name) return findDeclaration(project, mod, name);
    }
  }
  return undefined;
}
