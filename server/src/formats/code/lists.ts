/** The items a prompt is joined from: a list (with what the module appends to it) or `Object.values(parts)`. */
import { findDeclaration } from './declarations';
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { callArgs, calleeText, entries, isCall, items, unwrap } from './syntax';

export function listOf(
  project: CodeProject,
  mod: Module,
  node: Node | undefined,
): { mod: Module; items: Node[] } | undefined {
  let n = unwrap(node);
  let m = mod;
  let name: string | undefined;
  for (let i = 0; n?.type === 'identifier' && i < 4; i++) {
    const t = findDeclaration(project, m, n.text, n);
    if (!t || 'module' in t) return undefined;
    name = n.text;
    m = t.mod;
    n = unwrap(t.node);
  }
  // `[identity(), about(), style()].filter(Boolean)`: the parts a filter keeps are among the list's own (a part
  // that resolves to nothing adds nothing to the join).
  for (let i = 0; n && isCall(n) && /\.filter$/.test(calleeText(n)) && i < 3; i++)
    n = unwrap(n.childForFieldName('function')?.childForFieldName('object'));
  if (n && isCall(n) && /^Object\.values$/.test(calleeText(n))) return valuesOf(project, m, callArgs(n).positional[0]);
  const list = items(n);
  return list ? { mod: m, items: [...list, ...(name ? appended(m, name) : [])] } : undefined;
}

/** Items the module adds to a list after declaring it: `parts.push(rules)`, `parts.append(rules)`. */
function appended(mod: Module, name: string): Node[] {
  const out: Node[] = [];
  for (const { node } of nodesAt(mod, new RegExp(`(?<![\\w.$])${escapeRegex(name)}\\.(?:push|append)\\s*\\(`, 'g'))) {
    let call: Node | null = node;
    while (call && !isCall(call)) call = call.parent;
    if (call && new RegExp(`^${escapeRegex(name)}\\.(?:push|append)$`).test(calleeText(call)))
      out.push(...callArgs(call).positional);
  }
  return out;
}

/** `Object.values(parts)`: the exported constants of a module (in order), or the values of an object literal. */
function valuesOf(
  project: CodeProject,
  mod: Module,
  arg: Node | undefined,
): { mod: Module; items: Node[] } | undefined {
  const a = unwrap(arg);
  if (a?.type !== 'identifier') {
    const e = a && entries(a);
    return e ? { mod, items: [...e.values()] } : undefined;
  }
  const t = findDeclaration(project, mod, a.text, a);
  if (!t) return undefined;
  if (!('module' in t)) return valuesOf(project, t.mod, t.node.type === 'identifier' ? undefined : t.node);
  const target = t.module;
  const values = target.tree.rootNode.namedChildren
    .filter((s): s is Node => s?.type === 'export_statement')
    .flatMap((s) => s.descendantsOfType('variable_declarator'))
    .map((d) => d?.childForFieldName('value'))
    .filter((v): v is Node => !!v);
  return values.length ? { mod: target, items: values } : undefined;
}
