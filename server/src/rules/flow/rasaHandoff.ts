import { isMap, parseDocument } from 'yaml';
import type { BotModel } from '../../model/types';
import type { Fix, RuleContext } from '../types';

/** Overrides `pattern_human_handoff` in the file that defines the flows, with a real handoff action. */
export function rasaHandoffFix(ctx: RuleContext, model: BotModel): Fix | undefined {
  for (const uri of model.files) {
    if (!/\.ya?ml$/.test(uri)) continue;
    const text = ctx.textOf(uri);
    const doc = parseDocument(text);
    const flows = doc.get('flows', true);
    if (!isMap(flows) || !flows.range) continue;
    const first = flows.items[0]?.key as { range?: [number, number] } | undefined;
    const lineStart = first?.range ? text.lastIndexOf('\n', first.range[0] - 1) + 1 : flows.range[0];
    const indent = first?.range ? text.slice(lineStart, first.range[0]) : '  ';
    const existing = flows.items.find((p) => (p.key as { value?: unknown })?.value === 'pattern_human_handoff');
    if (existing) continue;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const at = flows.range[1];
    const lead = text.slice(0, at).endsWith('\n') ? '' : eol;
    const block = [
      `${indent}pattern_human_handoff:`,
      `${indent}  description: Hand the conversation to a human agent`,
      `${indent}  steps:`,
      `${indent}    - action: utter_transfer_to_human`,
      `${indent}    - action: action_handoff_to_human`,
    ].join(eol);
    return { title: 'Add a pattern_human_handoff flow that transfers to a human agent', edits: [{ uri, span: { start: at, end: at }, newText: `${lead}${eol}${block}${eol}` }] };
  }
  return undefined;
}
