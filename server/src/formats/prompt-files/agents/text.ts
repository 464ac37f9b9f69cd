/** The texts of the judged agents as one prompt: each part keeps its own source range. */
import { isScalar, type Node as YNode } from 'yaml';
import type { MappedText } from '../../../model/types';
import { concatMapped } from '../../../model/text';
import { scalarText, type YamlSource } from '../../shared/yamlSource';

export const scalarTextOf = (n: YNode): string => (isScalar(n) && typeof n.value === 'string' ? n.value : '');

/** A separator between two parts: it maps to the end of the part before it, which holds no text of its own. */
function separator(uri: string, at: number): MappedText {
  return { uri, text: '\n\n', toSource: () => at };
}

/** The scalars joined by blank lines (each paragraph of the prompt is one field of one agent). */
export function joinedText(src: YamlSource, nodes: YNode[]): MappedText | undefined {
  const parts: MappedText[] = [];
  for (const n of nodes) {
    const t = scalarText(src, n);
    if (!t || !t.text.trim()) continue;
    if (parts.length)
      parts.push(separator(src.uri, parts[parts.length - 1].toSource(parts[parts.length - 1].text.length)));
    parts.push(t);
  }
  return parts.length ? concatMapped(parts) : undefined;
}
