import { analyzePrompt } from '../../analysis';
import { concatMapped, subMapped } from '../../model/text';
import type { MappedText } from '../../model/types';
import { nodeAt, scalarText, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';

/** The literal texts Set variable blocks give variables (not code, first written wins), by variable name. */
export function literalVariables(src: JsonSource, bot: JNode | undefined): Map<string, MappedText> {
  const names = new Map<string, string>();
  for (const v of seqItems(nodeAt(bot, ['variables']))) {
    const id = strAt(v, ['id']);
    const name = strAt(v, ['name']);
    if (id && name) names.set(id, name);
  }
  const out = new Map<string, MappedText>();
  for (const g of seqItems(nodeAt(bot, ['groups'])))
    for (const b of seqItems(nodeAt(g, ['blocks']))) {
      if (strAt(b, ['type']) !== 'Set variable' || nodeAt(b, ['options', 'isCode'])?.value === true) continue;
      const name = names.get(strAt(b, ['options', 'variableId']) ?? '');
      const text = scalarText(src, nodeAt(b, ['options', 'expressionToEvaluate']));
      if (name && text?.text.trim() && !/^\s*\{\{[^}]*\}\}\s*$/.test(text.text) && !out.has(name)) out.set(name, text);
    }
  return out;
}

/**
 * Instructions a block sends to an assistant stored elsewhere, written in its message (`options.message`) with the
 * `{{variables}}` Set variable blocks fill with literal text. Returned only when they grant general use: the stored
 * instructions are not in the export, so anything less decides nothing.
 */
export function grantInMessage(src: JsonSource, b: JNode, literals: Map<string, MappedText>): MappedText | undefined {
  const message = scalarText(src, nodeAt(b, ['options', 'message']));
  if (!message) return undefined;
  const parts: MappedText[] = [];
  let last = 0;
  for (const m of message.text.matchAll(/\{\{\s*([^{}\n]{1,80}?)\s*\}\}/g)) {
    const v = literals.get(m[1]);
    if (!v) continue;
    parts.push(subMapped(message, last, m.index), v);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return undefined;
  parts.push(subMapped(message, last, message.text.length));
  const text = concatMapped(parts);
  const a = analyzePrompt(text.text);
  return a.openDomain && (a.reason === 'explicit-grant' || a.reason === 'leak') ? text : undefined;
}
