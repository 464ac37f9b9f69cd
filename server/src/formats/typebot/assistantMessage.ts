import { analyzePrompt } from '../../analysis';
import { fillMapped, subMapped } from '../../model/text';
import type { MappedText } from '../../model/types';
import { literalValue } from '../shared/runtimeTemplate';
import { nodeAt, scalarText, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';

/** A `{{variable}}` in a Typebot text; group 1 is its name. */
export const VARIABLE = /\{\{\s*([^{}\n]{1,80}?)\s*\}\}/g;

/** A literal text one Set variable block gives a variable. */
export interface Assignment {
  /** The Set variable block's id. */
  block: string;
  text: MappedText;
}

/**
 * Every literal text Set variable blocks give each variable (not code), in the order written, by variable name: the
 * first is the value a prompt is read with; the others are what it holds after the blocks that give them.
 */
export function variableAssignments(src: JsonSource, bot: JNode | undefined): Map<string, Assignment[]> {
  const names = new Map<string, string>();
  for (const v of seqItems(nodeAt(bot, ['variables']))) {
    const id = strAt(v, ['id']);
    const name = strAt(v, ['name']);
    if (id && name) names.set(id, name);
  }
  const out = new Map<string, Assignment[]>();
  for (const g of seqItems(nodeAt(bot, ['groups'])))
    seqItems(nodeAt(g, ['blocks'])).forEach((b, i) => {
      if (strAt(b, ['type']) !== 'Set variable' || nodeAt(b, ['options', 'isCode'])?.value === true) return;
      const name = names.get(strAt(b, ['options', 'variableId']) ?? '');
      const text = scalarText(src, nodeAt(b, ['options', 'expressionToEvaluate']));
      if (!name || !text || !literalValue(text.text)) return;
      const block = strAt(b, ['id']) ?? `${strAt(g, ['id'])}#${i}`;
      (out.get(name) ?? out.set(name, []).get(name)!).push({ block, text: returnedString(text) });
    });
  return out;
}

/** The string a one-line script returns (``return `…` ``, a template without `${}`), else the text itself. */
function returnedString(t: MappedText): MappedText {
  const m = /^(\s*return\s*([`'"]))([\s\S]*)\2;?\s*$/.exec(t.text);
  if (!m || m[3].includes('${') || m[3].includes(m[2])) return t;
  return subMapped(t, m[1].length, m[1].length + m[3].length);
}

/**
 * Instructions a block sends to an assistant stored elsewhere, written in its message (`options.message`) with the
 * `{{variables}}` Set variable blocks fill with literal text. Returned only when they grant general use: the stored
 * instructions are not in the export, so anything less decides nothing.
 */
export function grantInMessage(
  src: JsonSource,
  b: JNode,
  literals: () => Map<string, MappedText>,
): MappedText | undefined {
  const message = scalarText(src, nodeAt(b, ['options', 'message']));
  if (!message?.text.includes('{{')) return undefined;
  const vars = literals();
  const text = fillMapped(message, VARIABLE, (name) => vars.get(name));
  if (text === message) return undefined;
  const a = analyzePrompt(text.text);
  return a.openDomain && (a.reason === 'explicit-grant' || a.reason === 'leak') ? text : undefined;
}
