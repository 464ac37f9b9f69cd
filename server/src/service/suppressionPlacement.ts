import { isScalar, parseDocument, visit, type Document, type Node as YNode } from 'yaml';
import type { FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { splitFrontMatter } from '../parse/frontMatter';

export interface CommentStyle {
  open: string;
  close: string;
}

const HASH = { open: '# ', close: '' };

/** How to write a comment at a line of a file, or undefined when the format has none (JSON, plain text). */
export function commentStyle(kind: FormatKind, uri: string, text: string, line: number): CommentStyle | undefined {
  switch (kind) {
    case 'prompt-yml':
    case 'rasa':
    case 'copilot-studio':
    case 'wa-policy-config':
      return HASH;
    case 'code':
      return /\.py$/i.test(uri) ? HASH : { open: '// ', close: '' };
    case 'system-prompt':
      return /\.(md|markdown)$/i.test(uri) ? { open: '<!-- ', close: ' -->' } : undefined;
    case 'prompty':
    case 'dotprompt': {
      const bodyLine = new LineIndex(text).position(splitFrontMatter(uri, text).bodyStart).line;
      if (line < bodyLine) return HASH;
      return kind === 'prompty' ? { open: '{# ', close: ' #}' } : { open: '{{! ', close: ' }}' };
    }
    default:
      return undefined;
  }
}

/**
 * Resolves the line a `disable-next-line` comment must precede for a finding at an offset: the
 * finding's own line, or, inside a multi-line YAML scalar (where a `#` line would be part of the
 * text), the key's line. Parses at most once per call site.
 */
export function anchorResolver(kind: FormatKind, text: string, index: () => LineIndex, parse: (text: string) => Document.Parsed = (t) => parseDocument(t)): (offset: number) => number {
  if (kind !== 'prompt-yml' && kind !== 'rasa' && kind !== 'copilot-studio') return (offset) => index().position(offset).line;
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
