/**
 * An edit inside one line of a literal block scalar (`content: |` holding a long prompt: a prompt.yml's system
 * message, a Dify or template file's prompt) re-decodes that line instead of parsing the whole file again: the
 * last parse's tree is copied, the scalar's value takes the edit at the matching place, and every range after
 * the edit moves by its length. Anything the rule below does not cover takes the full parser.
 *
 * Covered: the previous text of the same file parsed without errors, warnings or issues; the text differs from it
 * in one place, inside one line (no line break removed or inserted, no control character), at or past the block's
 * indentation, and that line is not the block's first content line (which sets the indentation) and keeps a
 * character other than a space after the indentation (a line that turns blank could change the chomping). The
 * header is a plain `|` (chomping indicator allowed, no indentation indicator); the value is checked to hold the
 * edited line where the line walk places it before anything is changed.
 */
import { isCollection, isPair, isScalar, Scalar, type Document, type Node as YNode } from 'yaml';
import type { YamlSource } from './yamlSourceType';

/** Below this size a whole parse is cheap; the copy and the checks are not worth it. */
const MIN_CHARS = 16 * 1024;

/** The tree of `text` from the parse of `prev` (an earlier version of the same file), or undefined. */
export function reparseBlockEdit(prev: YamlSource, text: string): YamlSource | undefined {
  const old = prev.text;
  if (text.length < MIN_CHARS || prev.issues.length || prev.doc.errors.length || prev.doc.warnings.length) return;
  if (!prev.doc.contents || text.includes('\r') || old.includes('\r')) return;
  const edit = diffOf(old, text);
  if (!edit) return;
  const scalar = scalarAround(prev.doc.contents as YNode, edit.at, edit.at + edit.removed);
  if (!scalar || scalar.type !== Scalar.BLOCK_LITERAL || typeof scalar.value !== 'string') return;
  const at = valueOffset(old, scalar, edit.at, edit.inserted, edit.removed);
  if (at === undefined) return;
  const doc = prev.doc.clone() as Document.Parsed;
  const delta = edit.inserted.length - edit.removed;
  const copy = scalarAround(doc.contents as YNode, edit.at, edit.at + edit.removed)!;
  const value = scalar.value.slice(0, at) + edit.inserted + scalar.value.slice(at + edit.removed);
  copy.value = value;
  (copy as Scalar & { source?: string }).source = value;
  const end = edit.at + edit.removed;
  const move = (r: [number, number, number] | undefined) => {
    if (r) for (let i = 0; i < 3; i++) if (r[i] >= end) r[i] += delta;
  };
  move(doc.range);
  shiftTree(doc.contents as YNode, move);
  return { uri: prev.uri, text, doc, issues: [] };
}

/** The one place where two texts differ, if it lies within a line in both and holds no control character. */
function diffOf(old: string, text: string): { at: number; removed: number; inserted: string } | undefined {
  const max = Math.min(old.length, text.length);
  let a = 0;
  while (a < max && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  let b = 0;
  while (b < max - a && old.charCodeAt(old.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
  if (a === old.length && a === text.length) return;
  const removed = old.slice(a, old.length - b);
  const inserted = text.slice(a, text.length - b);
  if (!plainLine(removed) || !plainLine(inserted)) return;
  return { at: a, removed: removed.length, inserted };
}

/** No line break and no control character other than a tab (nothing the YAML reader treats apart). */
function plainLine(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) return false;
  }
  return true;
}

/** The scalar whose range holds [from, to] (strictly after its start), found by descending the collections. */
function scalarAround(node: YNode | null | undefined, from: number, to: number): Scalar | undefined {
  let cur: unknown = node;
  for (;;) {
    // An anchored node may have been copied where an alias named it (yamlNormalize.ts): its copies would not follow.
    if ((cur as { anchor?: string } | null)?.anchor) return;
    if (isScalar(cur)) return cur.range && cur.range[0] < from && to <= cur.range[1] ? cur : undefined;
    if (!isCollection(cur)) return;
    let next: unknown;
    for (const it of cur.items) {
      const parts = isPair(it) ? [it.key, it.value] : [it];
      for (const n of parts) {
        const r = (n as YNode | null)?.range;
        if (r && r[0] < from && to <= r[2]) next = n;
      }
    }
    if (!next) return;
    cur = next;
  }
}

/**
 * Where the edit at source offset `at` falls in the scalar's value, when it is inside a content line of the block
 * (past its indentation, not the first content line) that keeps a non-space character, and the value holds that
 * line where the walk over the block's lines places it; otherwise undefined.
 */
function valueOffset(src: string, s: Scalar, at: number, inserted: string, removed: number): number | undefined {
  const [start, end] = s.range!;
  const headerEnd = src.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= at || !/^\|[-+]?[ \t]*(#.*)?$/.test(src.slice(start, headerEnd))) return;
  const value = s.value as string;
  let indent = -1;
  let v = 0;
  for (let ls = headerEnd + 1; ls < end;) {
    let le = src.indexOf('\n', ls);
    if (le < 0) le = src.length;
    const len = le - ls;
    let lead = 0;
    while (lead < len && src.charCodeAt(ls + lead) === 32) lead++;
    const blank = lead === len;
    if (at >= ls && at <= le) {
      // The edited line: past the indentation, not the line that sets it, non-blank before and after.
      if (indent < 1 || blank || at < ls + indent || at + removed > le) return;
      const after = src.slice(ls + indent, at) + inserted + src.slice(at + removed, le);
      if (!/[^ ]/.test(after)) return;
      const line = src.slice(ls + indent, le);
      if (value.slice(v, v + line.length) !== line || value.charCodeAt(v + line.length) !== 10) return;
      if (v > 0 && value.charCodeAt(v - 1) !== 10) return;
      return v + (at - ls - indent);
    }
    if (!blank && indent < 0) indent = lead;
    if (!blank && lead < indent) return;
    v += Math.max(0, len - Math.max(indent, 0)) + 1;
    if (indent < 0 && len > 0) return; // leading blank lines with spaces: the indentation rules get subtle
    ls = le + 1;
  }
  return;
}

/** Applies `move` to the range of every node under `node` (keys and values of pairs included). */
function shiftTree(node: unknown, move: (r: [number, number, number] | undefined) => void): void {
  if (isPair(node)) {
    shiftTree(node.key, move);
    shiftTree(node.value, move);
    return;
  }
  if (!node || typeof node !== 'object' || !('range' in node || isCollection(node))) return;
  move((node as YNode).range ?? undefined);
  if (isCollection(node)) for (const it of node.items) shiftTree(it, move);
}
