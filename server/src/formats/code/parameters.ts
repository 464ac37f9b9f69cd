/**
 * A parameter of a TypeScript, JavaScript or Python function: the argument the project passes for it where it
 * calls the function (`makeChain(tier1SystemPrompt(), model)` for `function makeChain(system, model)`,
 * `Bot(prompt=SYSTEM)` for `def __init__(self, prompt)`), by position or by keyword. Go, PHP and Java have their
 * own readers (go-fields.ts, php-values.ts, java-ruby-values.ts).
 */
import type { Node } from './parser';
import { firstResolved, type Again, type Resolved } from './pieces';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { callArgs, calleeText, callAround, enclosingFunction, functionNames, unwrap } from './syntax';

const MAX_SITES = 20;

/** The names of a parameter list, in order (a destructured or rest parameter counts as a place without a name). */
function paramNames(fn: Node): string[] {
  const single = fn.childForFieldName('parameter');
  if (single) return [single.text];
  const list = fn.childForFieldName('parameters');
  return (list?.namedChildren ?? [])
    .filter((p): p is Node => !!p && p.type !== 'comment' && p.type !== 'keyword_separator')
    .map((p) => {
      if (p.type === 'identifier') return p.text;
      const name =
        p.childForFieldName('pattern') ??
        p.childForFieldName('name') ??
        p.childForFieldName('left') ??
        (p.type === 'typed_parameter' ? p.namedChildren[0] : null);
      return name?.type === 'identifier' ? name.text : '';
    });
}

/** The class a Python `__init__` belongs to: instances are made by calling the class. */
function pythonClassName(fn: Node): string | undefined {
  for (let p = fn.parent; p; p = p.parent) if (p.type === 'class_definition') return p.childForFieldName('name')?.text;
  return undefined;
}

/** A parameter of the enclosing TS/JS/Python function, resolved from the arguments of the project's calls. */
export function scriptParameter(project: CodeProject, mod: Module, id: Node, again: Again): Resolved | undefined {
  // The function that declares the name (a closure inside it reads its parameters too).
  let fn = enclosingFunction(id);
  while (fn && !paramNames(fn).includes(id.text)) fn = enclosingFunction(fn);
  if (!fn) return undefined;
  const params = paramNames(fn);
  let at = params.indexOf(id.text);
  let names = functionNames(fn);
  if (mod.python) {
    // A method called on an instance does not pass `self` (or `cls`) itself.
    if (/^(?:self|cls)$/.test(params[0] ?? '')) at--;
    if (names[0] === '__init__') names = [pythonClassName(fn) ?? ''];
  }
  const name = names[0];
  if (at < 0 || !name || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const re = new RegExp(`(?<![\\w$])${escapeRegex(name)}\\s*\\(`, 'g');
  const own = new RegExp(`(?:^|\\.)${escapeRegex(name)}$`);
  const cands: { mod: Module; node: Node }[] = [];
  for (const m of project.modules.values()) {
    if (m.python !== mod.python || m.lang === 'go' || m.lang === 'php' || !m.text.includes(name)) continue;
    for (const { node } of nodesAt(m, re)) {
      const call = callAround(node);
      if (!call || call.equals(fn) || !own.test(calleeText(call).replace(/^new\s+/, ''))) continue;
      // The function's own declaration is no call (`def ask(self, system)` parsed around the match).
      if (enclosingFunction(node)?.equals(fn) && call.startIndex < (fn.childForFieldName('body')?.startIndex ?? 0))
        continue;
      const args = callArgs(call);
      const arg = args.named.get(id.text) ?? args.positional[at];
      // A spread (`...args`, `*args`) passes no value we can place.
      if (!arg || /^(?:spread_element|list_splat|dictionary_splat)$/.test(unwrap(arg)?.type ?? '')) continue;
      if (cands.length < MAX_SITES) cands.push({ mod: m, node: arg });
    }
  }
  return firstResolved(cands, again);
}
