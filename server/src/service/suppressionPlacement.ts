import { isScalar, parseDocument, visit, type Document, type Node as YNode } from 'yaml';
import type { FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { adapterFor } from '../formats';
import { HASH_COMMENT, type CommentStyle } from '../formats/types';

export type { CommentStyle } from '../formats/types';

/** How to write a comment at a line of a file, or undefined when the format has none (JSON, plain text). */
export function commentStyle(kind: FormatKind, uri: string, text: string, line: number): CommentStyle | undefined {
  if (kind === 'wa-policy-config') return HASH_COMMENT;
  return adapterFor(kind)?.commentStyle?.(uri, text, line);
}

/**
 * Resolves the line a `disable-next-line` comment must precede for a finding at an offset: the
 * finding's own line, or, inside a multi-line YAML scalar (where a `#` line would be part of the
 * text), the key's line. Parses at most once per call site.
 */
export function anchorResolver(kind: FormatKind, text: string, index: () => LineIndex, parse: (text: string) => Document.Parsed = (t) => parseDocument(t)): (offset: number) => number {
  if (!adapterFor(kind)?.yamlScalars) return (offset) => index().position(offset).line;
  let scalars: [number, number, number][] | undefined;
  return (offset) => {
    if (!scalars) {
      const found: [number, number, number][] = [];
      visit(parse(text), {
        Pair(_, pair) {
          const v = pair.value as YNode | null;
          const k = pair.key as YNode | null;
          if (isScalar(v) && v.range && k?.range && v.type !== 'PLAIN') found.push([v.range[0], v.range[1], k.range[0]]);
        },
      });
      scalars = found;
    }
    const hit = scalars.find(([s, e]) => s <= offset && offset < e);
    return index().position(hit ? hit[2] : offset).line;
  };
}
