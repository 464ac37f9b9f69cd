/**
 * Classes used as holders of values: a settings class (`class Settings: SYSTEM_PROMPT = "…"`, a pydantic
 * `BaseSettings` with defaults), a TypeScript field (`private readonly systemPrompt = '…'`) or what the
 * constructor assigns (`self.prompt = …` in `__init__`, `this.prompt = …` in `constructor`).
 */
import type { Node } from './parser';
import { entries, unwrap } from './syntax';

const CLASS_TYPES = new Set([
  'class_definition',
  'class_declaration',
  'abstract_class_declaration',
  'class',
  'module',
  'record_declaration',
]);
const FIELD_TYPES = new Set(['public_field_definition', 'field_definition']);

/** A class (a Ruby `module` too; Python's root `module` has no name). */
export const isClass = (n: Node | undefined): boolean =>
  !!n && CLASS_TYPES.has(n.type) && (n.type !== 'module' || !!n.childForFieldName('name'));

/** The class around a node (`this.x`, `self.x`). */
export function enclosingClass(node: Node): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (isClass(p)) return p;
  return undefined;
}

/** The keys of an object or dict literal, or the attributes a class declares with a value. */
export function membersOf(node: Node): Map<string, Node> | undefined {
  return isClass(node) ? classMembers(node) : entries(node);
}

function classMembers(cls: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const body = cls.childForFieldName('body');
  for (const member of body?.namedChildren ?? []) {
    if (member?.type === 'method' && member.childForFieldName('name')?.text === 'initialize') {
      for (const [k, v] of selfAssignments(member)) if (!out.has(k)) out.set(k, v);
      continue;
    }
    const m = member?.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
    if (!m) continue;
    if (m.type === 'field_declaration') {
      // Java `static final String SYSTEM = "…";` (one declarator or several).
      for (const d of m.childrenForFieldName('declarator')) {
        const name = d?.childForFieldName('name');
        const value = d?.childForFieldName('value');
        if (name && value) out.set(name.text, value);
      }
    } else if (m.type === 'assignment') {
      // Ruby `SYSTEM = <<~PROMPT` in a class or module body.
      const left = m.childForFieldName('left');
      const right = m.childForFieldName('right');
      if (left && right && /^(?:constant|identifier)$/.test(left.type)) out.set(left.text, right);
    } else if (FIELD_TYPES.has(m.type)) {
      const name = m.childForFieldName('name') ?? m.childForFieldName('property');
      const value = m.childForFieldName('value');
      if (name && value) out.set(name.text, value);
    } else if (m.type === 'expression_statement') {
      const a = m.namedChildren[0];
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : undefined;
      const right = a?.childForFieldName('right');
      if (left?.type === 'identifier' && right) out.set(left.text, right);
    } else if (isConstructor(m)) {
      for (const [k, v] of selfAssignments(m)) if (!out.has(k)) out.set(k, v);
    }
  }
  return out;
}

function isConstructor(m: Node): boolean {
  const name = m.childForFieldName('name')?.text;
  return (
    (m.type === 'method_definition' && name === 'constructor') ||
    (m.type === 'function_definition' && name === '__init__') ||
    m.type === 'constructor_declaration'
  );
}

/** `self.x = v` / `this.x = v` directly in a constructor's body (the first value of each name). */
function selfAssignments(fn: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const a of fn.descendantsOfType(['assignment', 'assignment_expression'])) {
    const left = unwrap(a?.childForFieldName('left'));
    const value = a?.childForFieldName('right');
    if (left?.type === 'instance_variable' && value) {
      // Ruby `@system = …` in `initialize`, read as `@system` (its sigil kept).
      if (!out.has(left.text)) out.set(left.text, value);
      continue;
    }
    const obj = left?.childForFieldName('object');
    const prop =
      left?.childForFieldName('attribute') ?? left?.childForFieldName('property') ?? left?.childForFieldName('field');
    if (obj && prop && value && /^(?:this|self)$/.test(obj.text) && !out.has(prop.text)) out.set(prop.text, value);
  }
  return out;
}
