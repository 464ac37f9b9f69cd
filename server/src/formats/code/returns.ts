/**
 * What a helper function of the project returns, for message lists built away from the call: Go
 * `b.model.GenerateContent(ctx, b.conversation(history))` with `func (b *Brain) conversation(…) []llms.MessageContent
 * { return append([]llms.MessageContent{systemMessage()}, history...) }`, or a JS/Python `buildMessages(text)`.
 */
import { exported, findDeclaration, type ModuleRef, type Target } from './declarations';
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { calleeText, isCall, unwrap } from './syntax';

export interface Returned {
  mod: Module;
  node: Node;
}

const GO_FUNCS = /^(?:function_declaration|method_declaration)$/;
const NESTED = /^(?:func_literal|function_expression|arrow_function|function_declaration|function_definition|lambda)$/;
/** Helpers looked at per call (a name defined many times is not followed further). */
const MAX_DEFS = 4;

/** The expressions the function a call calls returns (each `return` of its own body), when the project has it. */
export function returnedValues(project: CodeProject, mod: Module, call: Node): Returned[] {
  const n = unwrap(call);
  if (!n || !isCall(n)) return [];
  const name = /([A-Za-z_$][\w$]*)$/.exec(calleeText(n).replace(/^new/, ''))?.[1];
  if (!name) return [];
  return definitions(project, mod, name, n).flatMap((d) => returnsOf(d.node).map((node) => ({ mod: d.mod, node })));
}

function definitions(project: CodeProject, mod: Module, name: string, call: Node): Returned[] {
  if (mod.lang === 'go') {
    // A Go function or method of the same package (its folder): `func name(` or `func (r *T) name(`.
    const re = new RegExp(`\\bfunc\\s*(?:\\([^)]*\\)\\s*)?${escapeRegex(name)}\\s*[([]`, 'g');
    const dir = mod.uri.slice(0, mod.uri.lastIndexOf('/'));
    const out: Returned[] = [];
    for (const m of project.modules.values()) {
      if (m.lang !== 'go' || m.uri.slice(0, m.uri.lastIndexOf('/')) !== dir || !m.text.includes(name)) continue;
      for (const { node } of nodesAt(m, re)) {
        let fn: Node | null = node;
        while (fn && !GO_FUNCS.test(fn.type)) fn = fn.parent;
        if (fn?.childForFieldName('name')?.text === name && out.length < MAX_DEFS) out.push({ mod: m, node: fn });
      }
    }
    return out;
  }
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'identifier') return [];
  const t = findDeclaration(project, mod, name, call);
  return t && !('module' in t) && /function|lambda|arrow/.test(t.node.type) ? [{ mod: t.mod, node: t.node }] : [];
}

/** The returned expressions of a function's own body (not of functions nested in it); one for an expression body. */
export function returnsOf(fn: Node): Node[] {
  const body = fn.childForFieldName('body');
  if (!body) return [];
  if (!/^(?:statement_block|block)$/.test(body.type)) return [body];
  const out: Node[] = [];
  const visit = (n: Node) => {
    for (const c of n.namedChildren) {
      if (!c || NESTED.test(c.type)) continue;
      if (c.type === 'return_statement') {
        const v = unwrap(c.namedChildren[0]);
        if (v) out.push(v);
      } else visit(c);
    }
  };
  visit(body);
  return out;
}

/** A function of another module of the project called through its module: Python `config.load_prompt()`. */
export function moduleFunction(project: CodeProject, mod: Module, fn: Node | null): Target | ModuleRef | undefined {
  if (!mod.python || fn?.type !== 'attribute') return undefined;
  const object = fn.childForFieldName('object');
  const attr = fn.childForFieldName('attribute')?.text;
  if (object?.type !== 'identifier' || !attr) return undefined;
  const base = findDeclaration(project, mod, object.text, fn);
  return base && 'module' in base ? exported(project, base.module, attr) : undefined;
}

/** The expressions a small function returns, in order (`(name) => \`…\``, `def build(): return f"…"`). */
export function returnedExpressions(fn: Node): Node[] {
  return /function|arrow|lambda/.test(fn.type) ? returnsOf(fn) : [];
}
