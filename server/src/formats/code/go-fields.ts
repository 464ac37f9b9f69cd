/**
 * Go values that travel through a struct or a parameter: `c.system` read in a method of `*Client`, set where the
 * project builds the struct (`&Client{system: s}`, `c.system = s`), and a function's parameter, given where the
 * project calls it (`llm.New(key, prompts.Support)`).
 */
import type { Node } from './parser';
import { firstResolved, type Again, type Resolved } from './pieces';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { callArgs, calleeText, callAround, entries } from './syntax';

const FUNCS = /^(?:function_declaration|method_declaration|func_literal)$/;
const MAX_SITES = 20;

function enclosingGoFunction(n: Node): Node | undefined {
  for (let p = n.parent; p; p = p.parent) if (FUNCS.test(p.type)) return p;
  return undefined;
}

/** Names of a Go parameter list, flattened (`key, system string` gives two). */
function paramNames(list: Node | null): string[] {
  return (list?.namedChildren ?? [])
    .filter((p): p is Node => !!p && /parameter_declaration$/.test(p.type))
    .flatMap((p) => {
      const names = p.childrenForFieldName('name').filter((c): c is Node => !!c);
      return names.length ? names.map((c) => c.text) : ['_'];
    });
}

/** A parameter of the enclosing Go function: the argument the project passes at its call sites. */
export function goParameter(project: CodeProject, mod: Module, id: Node, again: Again): Resolved | undefined {
  const fn = enclosingGoFunction(id);
  const name = fn?.childForFieldName('name')?.text;
  if (!fn || !name) return undefined;
  const at = paramNames(fn.childForFieldName('parameters')).indexOf(id.text);
  if (at < 0) return undefined;
  const re = new RegExp(`(?<![\\w])${escapeRegex(name)}\\s*\\(`, 'g');
  const cands: { mod: Module; node: Node }[] = [];
  for (const m of project.modules.values()) {
    if (m.lang !== 'go' || !m.text.includes(name)) continue;
    for (const { node } of nodesAt(m, re)) {
      const call = callAround(node);
      if (!call || call.equals(fn) || !new RegExp(`(?:^|\\.)${escapeRegex(name)}$`).test(calleeText(call))) continue;
      const arg = callArgs(call).positional[at];
      if (arg && cands.length < MAX_SITES) cands.push({ mod: m, node: arg });
    }
  }
  return firstResolved(cands, again);
}

/** The receiver's type of the Go method around a node, when `name` is that receiver (`func (c *Client) …`). */
function receiverType(n: Node, name: string): string | undefined {
  const fn = enclosingGoFunction(n);
  if (fn?.type !== 'method_declaration') return undefined;
  const recv = fn.childForFieldName('receiver')?.namedChildren.find((c) => c?.type === 'parameter_declaration');
  if (recv?.childForFieldName('name')?.text !== name) return undefined;
  return /(\w+)\s*(?:\[[^\]]*\])?$/.exec(recv.childForFieldName('type')?.text ?? '')?.[1];
}

/** `c.field` in a method of T: the value the project gives the field (`T{field: v}`, `x.field = v`). */
export function goReceiverField(project: CodeProject, mod: Module, sel: Node, again: Again): Resolved | undefined {
  const op = sel.childForFieldName('operand');
  const field = sel.childForFieldName('field')?.text;
  const type = op?.type === 'identifier' && field ? receiverType(sel, op.text) : undefined;
  if (!type || !field) return undefined;
  const key = field[0].toLowerCase() + field.slice(1);
  const literal = new RegExp(`(?<![\\w])(?:\\w+\\.)?${escapeRegex(type)}\\s*\\{`, 'g');
  const assign = new RegExp(`\\.${escapeRegex(field)}\\s*=(?!=)`, 'g');
  const cands: { mod: Module; node: Node }[] = [];
  for (const m of project.modules.values()) {
    if (m.lang !== 'go' || !m.text.includes(field)) continue;
    for (const { node } of nodesAt(m, literal)) {
      let lit: Node | null = node;
      while (lit && lit.type !== 'composite_literal') lit = lit.parent;
      const v = lit && entries(lit)?.get(key);
      if (v) cands.push({ mod: m, node: v });
    }
    for (const { node } of nodesAt(m, assign)) {
      let a: Node | null = node;
      while (a && a.type !== 'assignment_statement') a = a.parent;
      const right = a?.childForFieldName('right')?.namedChildren[0];
      if (right && a?.childForFieldName('left')?.text.endsWith(`.${field}`)) cands.push({ mod: m, node: right });
    }
  }
  return firstResolved(cands.slice(0, MAX_SITES), again);
}
