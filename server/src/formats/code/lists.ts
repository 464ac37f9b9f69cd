/** The items a prompt is joined from: a list (with what the module appends to it) or `Object.values(parts)`. */
import { findDeclaration } from './declarations';
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { callArgs, calleeText, entries, isCall, items, unwrap } from './syntax';
import type { Again, Piece, Resolved } from './pieces';

/** What each item of a list becomes before the join: `xs.map((t) => \`- ${t}\`)`, `f"- {t}" for t in xs`. */
export interface ItemMap {
  mod: Module;
  param: string;
  body: Node;
}

export interface ListItems {
  mod: Module;
  items: Node[];
  /** Applied to each item in order (the first one first). */
  maps: ItemMap[];
}

export function listOf(project: CodeProject, mod: Module, node: Node | undefined, depth = 0): ListItems | undefined {
  let n = unwrap(node);
  let m = mod;
  let name: string | undefined;
  const maps: ItemMap[] = [];
  for (let step = 0; n && step < 8; step++) {
    if (n.type === 'identifier') {
      const t = findDeclaration(project, m, n.text, n);
      if (!t || 'module' in t) return undefined;
      name = n.text;
      m = t.mod;
      n = unwrap(t.node);
      continue;
    }
    // `[identity(), about(), style()].filter(Boolean)`: the parts a filter keeps are among the list's own (a part
    // that resolves to nothing adds nothing to the join).
    if (isCall(n) && /\.filter$/.test(calleeText(n))) {
      n = unwrap(n.childForFieldName('function')?.childForFieldName('object'));
      continue;
    }
    // `topics.map((t) => \`- ${t}\`)`: each item put into a template (a one-parameter function).
    const mapped = isCall(n) && /\.map$/.test(calleeText(n)) ? itemMap(m, callArgs(n).positional[0]) : undefined;
    if (mapped) {
      maps.unshift(mapped);
      n = unwrap(n.childForFieldName('function')?.childForFieldName('object'));
      continue;
    }
    // Python `f"- {t}" for t in topics` (a generator or a list comprehension).
    const comp = comprehension(m, n);
    if (comp) {
      maps.unshift(comp.map);
      n = comp.of;
      continue;
    }
    // `topics.length ? topics : DEFAULT_TOPICS`: a list computed at run time, or the one the project ships.
    const choice = choiceBranches(m, n);
    if (choice && depth < 4) {
      const known = choice.map((b) => listOf(project, m, b, depth + 1)).filter((l): l is ListItems => !!l);
      if (known.length !== 1) return undefined;
      return { ...known[0], maps: [...known[0].maps, ...maps] };
    }
    break;
  }
  if (n && isCall(n) && /^Object\.values$/.test(calleeText(n))) {
    const v = valuesOf(project, m, callArgs(n).positional[0]);
    return v && { ...v, maps };
  }
  const list = items(n);
  return list ? { mod: m, items: [...list, ...(name ? appended(m, name) : [])], maps } : undefined;
}

/** The items a `join` call joins: JS `parts.join(sep)`, Python `sep.join(parts)` or `sep.join(f"- {t}" for t in ts)`. */
export function joinedItems(project: CodeProject, mod: Module, call: Node, receiver: Node): ListItems | undefined {
  if (!mod.python) return listOf(project, mod, receiver);
  // A generator is the call's whole argument list.
  const a = call.childForFieldName('arguments');
  return listOf(project, mod, a?.type === 'generator_expression' ? a : callArgs(call).positional[0]);
}

const FUNCTIONS = /^(?:arrow_function|function_expression|function|lambda)$/;

/** A function of one parameter whose body is one expression (or returns one). */
function itemMap(mod: Module, fn: Node | undefined): ItemMap | undefined {
  const f = unwrap(fn);
  if (!f || !FUNCTIONS.test(f.type)) return undefined;
  const params = f.childForFieldName('parameters') ?? f.childForFieldName('parameter');
  const names = params ? (params.type === 'identifier' ? [params] : params.namedChildren) : [];
  const param = names.length === 1 ? /^[A-Za-z_$][\w$]*$/.exec(names[0]?.text ?? '')?.[0] : undefined;
  let body = f.childForFieldName('body');
  if (body?.type === 'statement_block') {
    const stmts = body.namedChildren;
    body = stmts.length === 1 && stmts[0]?.type === 'return_statement' ? (stmts[0].namedChildren[0] ?? null) : null;
  }
  return param && body ? { mod, param, body } : undefined;
}

/** `body for x in xs` (Python): the map and the list it runs over. */
function comprehension(mod: Module, n: Node): { map: ItemMap; of: Node | undefined } | undefined {
  if (!/^(?:generator_expression|list_comprehension)$/.test(n.type)) return undefined;
  const body = n.childForFieldName('body') ?? n.namedChildren[0];
  const clauses = n.namedChildren.filter((c) => c?.type === 'for_in_clause');
  const clause = clauses.length === 1 && !n.namedChildren.some((c) => c?.type === 'if_clause') ? clauses[0] : null;
  const left = clause?.childForFieldName('left');
  if (!body || !clause || left?.type !== 'identifier') return undefined;
  return { map: { mod, param: left.text, body }, of: unwrap(clause.childForFieldName('right')) };
}

/** The two lists a choice may give: `test ? a : b`, `a if test else b`, `a || b`, `a or b`. */
function choiceBranches(mod: Module, n: Node): Node[] | undefined {
  if (n.type === 'ternary_expression') {
    const a = n.childForFieldName('consequence');
    const b = n.childForFieldName('alternative');
    return a && b ? [a, b] : undefined;
  }
  if (mod.python && n.type === 'conditional_expression' && n.namedChildCount === 3) {
    const [a, , b] = n.namedChildren;
    return a && b ? [a, b] : undefined;
  }
  if (/^(?:binary_expression|boolean_operator)$/.test(n.type)) {
    const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && !c.isNamed)?.text;
    const a = n.childForFieldName('left');
    const b = n.childForFieldName('right');
    return op && /^(?:\|\||\?\?|or)$/.test(op) && a && b ? [a, b] : undefined;
  }
  return undefined;
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
function valuesOf(project: CodeProject, mod: Module, arg: Node | undefined): Omit<ListItems, 'maps'> | undefined {
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

/**
 * One item of a list put through `map`'s function: the function's text with the item where the parameter is read
 * (a template `\`- ${t}\``, `f"- {t}"`); a method call on the parameter (`t.trim()`) keeps the item as it is.
 * An item that is not known stays unknown.
 */
export function mappedItem(map: ItemMap, item: Resolved, again: Again): Resolved {
  if ('unknown' in item) return item;
  let body = unwrap(map.body);
  while (body && isCall(body) && KEEPS_TEXT.test(calleeText(body)))
    body = unwrap(body.childForFieldName('function')?.childForFieldName('object') ?? body.childForFieldName('object'));
  if (!body) return item;
  if (body.type === 'identifier' && body.text === map.param) return item;
  const r = again(map.mod, body);
  if (!('pieces' in r)) return r;
  const slot = `{{${map.param}}}`;
  const out: Piece[] = [];
  for (const p of r.pieces)
    if (p.text === slot) out.push(...item.pieces);
    else out.push(p);
  return { pieces: out };
}

/** Methods that keep a text what it is for reading (`t.trim()`, `t.strip()`). */
const KEEPS_TEXT = /\.(?:trim|strip|trimStart|trimEnd|lstrip|rstrip|toString|to_s)$/;
