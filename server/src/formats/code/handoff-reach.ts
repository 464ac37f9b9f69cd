/**
 * Whether a handoff found in the source is code that runs: not words in a comment ("TODO: connect Chatwoot
 * when the inbox is ready"), and not inside a top-level function that nothing in the project calls or passes
 * (a stub `derivarARecepcion()` written but never used).
 */
import type { Node } from './parser';
import { escapeRegex, type CodeProject, type Module } from './project-model';
import { enclosingFunction, functionNames } from './syntax';

/** Declarations of a named function at the top of a module (methods and decorated routes are left out). */
const TOP_FUNCTIONS = /^(?:function_declaration|function_definition|generator_function_declaration)$/;
const MODULE_PARENTS = /^(?:program|module|source_file|export_statement|php_tag|compound_statement)$/;

/** A handoff match at `index` of a module is code that can run. */
export function handoffReached(project: CodeProject, mod: Module, index: number, length: number): boolean {
  const node = mod.tree.rootNode.descendantForIndex(index, index + Math.max(1, length) - 1);
  if (!node) return true;
  if (/comment/.test(node.type)) return false;
  const fn = outermostFunction(node);
  if (!fn || !TOP_FUNCTIONS.test(fn.type) || !MODULE_PARENTS.test(fn.parent?.type ?? 'program')) return true;
  const names = functionNames(fn);
  return !names.length || names.some((name) => usedElsewhere(project, mod, fn, name));
}

function outermostFunction(node: Node): Node | undefined {
  let fn = enclosingFunction(node);
  for (let up = fn && enclosingFunction(fn); up; up = enclosingFunction(up)) fn = up;
  return fn;
}

/** The name appears in the project outside the function's own declaration (a call, a reference, a route string). */
function usedElsewhere(project: CodeProject, mod: Module, fn: Node, name: string): boolean {
  const re = new RegExp(`(?<![\\w$])${escapeRegex(name)}(?![\\w$])`, 'g');
  for (const m of project.modules.values()) {
    if (!m.text.includes(name)) continue;
    re.lastIndex = 0;
    for (let x = re.exec(m.text); x; x = re.exec(m.text)) {
      if (m === mod && x.index >= fn.startIndex && x.index < fn.endIndex) continue;
      return true;
    }
  }
  return false;
}
