/**
 * Switches that are off as shipped: a handoff under `if FLAG:`, or after `if not FLAG: return`, where FLAG is an
 * environment switch off unless set (a falsy default, a test for "true", a pydantic `BaseSettings` field with a
 * false default) and no example env file of the project turns it on.
 */
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { enclosingFunction, FUNCTION_TYPES } from './syntax';
import { envValue } from './values';

/** Env reads (`os.getenv("X", "false")`, `process.env.X`, `os.Getenv("X")`, `env('X', false)`, `ENV.fetch`). */
const ENV_READ = /\b(?:os\.getenv|os\.environ|process\.env|os\.Getenv|getenv|env|ENV|System\.getenv)\b/;
const FALSY_DEFAULT = /,\s*(?:["'](?:false|0|no|off|)["']|false|False|FALSE|0|nil|None|null)\s*\)/;
const TRUTHY_DEFAULT = /,\s*(?:["'](?:true|1|yes|on)["']|true|True|TRUE|1)\s*\)/i;
const TRUTHY_TEST = /(?:===?|\.equals(?:IgnoreCase)?\(|\bin\b)\s*[([{]?\s*["'](?:true|1|yes|on)["']/i;

/**
 * The node lies in a branch taken only when a flag is on, or after a guard that returns when it is off, and the flag
 * is an environment switch that is off unless set (a falsy default, or a test for "true" with no truthy default),
 * and no example env file of the project turns it on.
 */
export function underFlagOff(project: CodeProject, mod: Module, node: Node): boolean {
  const fn = enclosingFunction(node);
  for (let p: Node | null = node; p && p !== fn; p = p.parent) {
    const parent: Node | null = p.parent;
    if (!parent || !/^(?:if_statement|if)$/.test(parent.type)) continue;
    const cond: Node | null = parent.childForFieldName('condition');
    if (!cond || cond.equals(p)) continue;
    if (/^(?:else_clause|elif_clause|else|elsif)$/.test(p.type)) continue;
    // A switch (`HANDOFF_ON`, `settings.handoff`) or a predicate of none (`Handoff.enabled?`, `handoffEnabled()`).
    const flag = cond.text
      .replace(/^\(|\)$/g, '')
      .match(/^\s*([A-Za-z_$][\w$.]*[?!]?)(?:\(\s*\))?\s*(?:$|&&|\band\b)/)?.[1];
    if (flag && flagOff(project, mod, flag)) return true;
  }
  // A guard before it: `if not FLAG: return`, `if (!FLAG) return;`.
  return !!fn && guardedOff(project, mod, fn, node.startIndex);
}

/** The function's body returns early, before `before`, when an environment switch that is off by default is off. */
export function guardedOff(project: CodeProject, mod: Module, fn: Node, before = Infinity): boolean {
  const body = fn.childForFieldName('body');
  if (!body) return false;
  for (const s of body.namedChildren) {
    if (!s || s.startIndex >= before) break;
    if (s.type !== 'if_statement') continue;
    const cond = s.childForFieldName('condition')?.text.replace(/^\(|\)$/g, '') ?? '';
    const flag = cond.match(/^\s*(?:not\s+|!\s*)([A-Za-z_$][\w$.]*)\s*(?:$|\|\||\bor\b)/)?.[1];
    const then = s.childForFieldName('consequence');
    if (!flag || !then || !leaves(then)) continue;
    if (flagOff(project, mod, flag)) return true;
  }
  return false;
}

/** A branch that leaves the function: it starts with a `return` (or `raise`, `throw`) or ends in one after a log. */
function leaves(then: Node): boolean {
  if (/^\s*\{?\s*(?:return|raise|throw)\b/.test(then.text)) return true;
  const last = then.namedChildren.filter((c) => c && !/comment/.test(c.type)).pop();
  return !!last && /^(?:return_statement|return|raise_statement|throw_statement)$/.test(last.type);
}

/**
 * A field of a settings class that the environment fills (a pydantic `BaseSettings`, whose `handoff_enabled: bool =
 * False` is read from HANDOFF_ENABLED) with a falsy literal default: the variable's name, else undefined.
 */
function settingsFieldOff(mod: Module, at: number, name: string, value: string): string | undefined {
  if (!/^\s*(?:False|false|0|None|["']{2})\s*(?:#.*)?$/.test(value)) return undefined;
  const node = mod.tree.rootNode.descendantForIndex(at);
  for (let p: Node | null = node; p; p = p.parent)
    if (/^(?:class_definition|class_declaration)$/.test(p.type))
      return SETTINGS_CLASS.test(p.text.slice(0, 200)) ? name.toUpperCase() : undefined;
  return undefined;
}

/** A class the environment fills: pydantic `BaseSettings` (v1 and v2). */
const SETTINGS_CLASS = /^class\s+\w+\s*\(\s*(?:[\w.]*\.)?BaseSettings\b/;

function flagOff(project: CodeProject, mod: Module, flag: string): boolean {
  const name = flag.replace(/^(?:self|this|settings|config)\./, '');
  let value: string | undefined;
  if (/^[A-Za-z_$][\w$]*$/.test(name)) {
    const decl = new RegExp(`(?<![\\w.$])${escapeRegex(name)}\\s*(?::[^=\\n]{0,40})?=(?![=>])([^\\n]{1,200})`);
    for (const m of [mod, ...project.modules.values()]) {
      const found = m.text.includes(name) ? decl.exec(m.text) : null;
      if (found) {
        value = found[1];
        const key = m.python ? settingsFieldOff(m, found.index + found[0].indexOf(name), name, value) : undefined;
        if (key) return !/^["']?(?:true|1|yes|on)\b/i.test(exampleEnvValue(project, key) ?? '');
        break;
      }
    }
  }
  // A predicate: the one expression its body returns (`def self.enabled?; ENV.fetch("X", "false") == "true"; end`).
  value ??= predicateBody(project, mod, name.slice(name.lastIndexOf('.') + 1));
  if (!value || !ENV_READ.test(value)) return false;
  if (TRUTHY_DEFAULT.test(value)) return false;
  if (!FALSY_DEFAULT.test(value) && !TRUTHY_TEST.test(value)) return false;
  // The env variable's name (the first quoted word of the read), turned on in an example env file.
  const envName = value.match(/["']([A-Z][A-Z0-9_]+)["']|process\.env\.([A-Z][A-Z0-9_]+)/);
  const key = envName?.[1] ?? envName?.[2];
  if (key && /^["']?(?:true|1|yes|on)\b/i.test(exampleEnvValue(project, key) ?? '')) return false;
  return true;
}

/** The text of the single statement (an expression or a return) of a function of this name, if it has one. */
function predicateBody(project: CodeProject, mod: Module, name: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*[?!]?$/.test(name)) return undefined;
  const re = new RegExp(`(?<![\\w$])${escapeRegex(name)}(?![\\w$])`, 'g');
  for (const m of [mod, ...project.modules.values()]) {
    if (!m.text.includes(name)) continue;
    for (const { node } of nodesAt(m, re)) {
      const fn = node.parent;
      if (!fn || !FUNCTION_TYPES.has(fn.type) || fn.childForFieldName('name')?.text !== name) continue;
      const body = fn.childForFieldName('body') ?? fn.namedChildren.find((c) => c?.type === 'body_statement');
      if (!body) continue;
      let statements = /block|statement|body/.test(body.type) ? body.namedChildren : [body];
      if (statements.length === 1 && /^(?:statement_list|body_statement)$/.test(statements[0]?.type ?? ''))
        statements = statements[0]!.namedChildren;
      const real = statements.filter((s) => s && !/comment/.test(s.type));
      if (real.length === 1) return real[0]!.text.slice(0, 300);
    }
  }
  return undefined;
}

/** The value the project's example env file gives a variable (`KEY=value`, not commented out): values.ts reads it. */
function exampleEnvValue(project: CodeProject, key: string): string | undefined {
  const r = envValue(project, key);
  return 'pieces' in r ? r.pieces.map((p) => p.text).join('') : undefined;
}
