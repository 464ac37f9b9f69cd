import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YNode } from 'yaml';
import type { FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { adapterFor } from '../formats';
import { HASH_COMMENT, type CommentStyle } from '../formats/types';
import { yamlLineBreaks } from '../formats/shared/yamlSource';

export type { CommentStyle } from '../formats/types';

/** How to write a comment at a line of a file, or undefined when the format has none (JSON, plain text). */
export function commentStyle(kind: FormatKind, uri: string, text: string, line: number): CommentStyle | undefined {
  if (kind === 'wa-policy-config') return HASH_COMMENT;
  return adapterFor(kind)?.commentStyle?.(uri, text, line);
}

/**
 * Resolves the line a `disable-next-line` comment must precede for a finding at an offset: the
 * finding's own line, or, inside a multi-line YAML scalar (where a `#` line would be part of the
 * text), the key's line. Parses at most once per call site and walks down only the path to the
 * offset, so its cost does not grow with the size of the file.
 */
export function anchorResolver(
  kind: FormatKind,
  text: string,
  index: () => LineIndex,
  parse: (text: string) => Document.Parsed = (t) => parseDocument(yamlLineBreaks(t)),
): (offset: number) => number {
  if (!adapterFor(kind)?.yamlScalars) return (offset) => index().position(offset).line;
  let doc: Document.Parsed | undefined;
  return (offset) => {
    doc ??= parse(text);
    const key = quotedScalarKeyAt(doc.contents as YNode | null, offset);
    return index().position(key ?? offset).line;
  };
}

/** The start of the key whose non-plain scalar value contains `offset`, found by descending the containing collections. */
function quotedScalarKeyAt(node: YNode | null, offset: number): number | undefined {
  let current: unknown = node;
  for (let depth = 0; depth < 200 && (isMap(current) || isSeq(current)); depth++) {
    let next: unknown;
    const items = current.items as unknown[];
    // Items are in document order: start at the last one that begins at or before the offset (a binary
    // search, so a finding costs the depth, not the length of every list it is in); scan on from there.
    for (let i = lastStartingBefore(items, offset); i < items.length; i++) {
      const item = items[i];
      if (isPair(item)) {
        const v = item.value as YNode | null;
        const k = item.key as YNode | null;
        if (!v?.range || v.range[0] > offset || offset >= v.range[1]) continue;
        if (isScalar(v)) return k?.range && v.type !== 'PLAIN' ? k.range[0] : undefined;
        next = v;
        break;
      }
      const n = item as YNode | null;
      if (n?.range && n.range[0] <= offset && offset < n.range[1]) {
        next = n;
        break;
      }
    }
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

function startOf(item: unknown): number | undefined {
  if (isPair(item)) return (item.key as YNode | null)?.range?.[0] ?? (item.value as YNode | null)?.range?.[0];
  return (item as YNode | null)?.range?.[0];
}

/** The index of the last item starting at or before `offset` (0 when an item has no position: scan them all). */
function lastStartingBefore(items: unknown[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = startOf(items[mid]);
    if (start === undefined) return 0;
    if (start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
