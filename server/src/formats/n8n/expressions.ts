import type { MappedText } from '../../model/types';
import { nodeAt, scalarText, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';
import { codeFields } from './codeFields';

/**
 * Literal values that Set ("Edit Fields") nodes assign, and that Code nodes write into the items they return: node
 * name → field name → the text.
 */
export type SetFields = Map<string, Map<string, MappedText>>;

/** What a value that is only an n8n expression reads: `={{ $('Config').item.json.system_prompt }}`, `={{ $json.prompt }}`. */
export function expressionField(value: string): { node?: string; field?: string } | undefined {
  const m = /^=\s*\{\{([\s\S]*)\}\}\s*$/.exec(value);
  if (!m || m[1].includes('}}') || m[1].includes('{{')) return undefined;
  const expr = m[1].trim();
  const node = /\$\(\s*['"]([^'"]+)['"]\s*\)/.exec(expr)?.[1] ?? /\$node\[\s*['"]([^'"]+)['"]\s*\]/.exec(expr)?.[1];
  const field = /\.json(?:\.([A-Za-z_$][\w$]*)|\[\s*['"]([^'"]+)['"]\s*\])\s*$/.exec(expr);
  return { node, field: field ? (field[1] ?? field[2]) : undefined };
}

/**
 * The fields every Set node of a workflow assigns (v3.3+ `assignments`, v3.0–3.2 `fields`, v1–2 `values.string`),
 * and the literal fields of the items every Code node returns (`jsCode`, the older Function node's `functionCode`).
 */
export function setFields(src: JsonSource, nodes: JNode[]): SetFields {
  const out: SetFields = new Map();
  for (const n of nodes) {
    const type = strAt(n, ['type']) ?? '';
    if (nodeAt(n, ['disabled'])?.value === true) continue;
    const p = nodeAt(n, ['parameters']);
    if (/\.(code|function|functionItem)$/.test(type)) {
      const code = scalarText(src, nodeAt(p, ['jsCode']) ?? nodeAt(p, ['functionCode']));
      if (code) out.set(strAt(n, ['name']) ?? '', codeFields(code));
      continue;
    }
    if (!/\.set$/.test(type)) continue;
    const fields = new Map<string, MappedText>();
    for (const a of seqItems(nodeAt(p, ['assignments', 'assignments']))) add(src, fields, a, ['value']);
    for (const a of seqItems(nodeAt(p, ['fields', 'values']))) add(src, fields, a, ['stringValue']);
    for (const a of seqItems(nodeAt(p, ['values', 'string']))) add(src, fields, a, ['value']);
    out.set(strAt(n, ['name']) ?? '', fields);
  }
  return out;
}

function add(src: JsonSource, fields: Map<string, MappedText>, a: JNode, path: string[]): void {
  const name = strAt(a, ['name']);
  const value = scalarText(src, nodeAt(a, path));
  if (name && value) fields.set(name, value);
}

/**
 * A system message written as an expression: the Set node value it reads (by node name, or the one Set node
 * that assigns the field), `unknown` when its text is not in the export, or undefined for a plain text.
 */
export function resolveExpression(value: string, fields: SetFields): MappedText | 'unknown' | undefined {
  const ref = expressionField(value);
  if (!ref) return undefined;
  if (!ref.field) return 'unknown';
  if (ref.node) return fields.get(ref.node)?.get(ref.field) ?? 'unknown';
  const found = [...fields.values()].map((f) => f.get(ref.field!)).filter((v): v is MappedText => !!v);
  return found.length === 1 ? found[0] : 'unknown';
}
