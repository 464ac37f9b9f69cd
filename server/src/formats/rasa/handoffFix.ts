import { isMap, isSeq, parseDocument, type Node as YNode, type Pair } from 'yaml';
import type { BotModel } from '../../model/types';
import type { FileEdit, Fix, FixContext } from '../../model/fixes';
import { eolOf, lineBounds } from '../../model/text';
import { yamlLineBreaks } from '../shared/yamlSource';

const ACTION = 'action_handoff_to_human';

/**
 * Makes `pattern_human_handoff` hand over for real: where the project overrides it already (often
 * with a "not available" reply), its steps get the handoff action; otherwise the file that defines
 * the flows gets a new override.
 */
export function rasaHandoffFix(ctx: FixContext, model: BotModel): Fix | undefined {
  const yamlFiles = model.files.filter((u) => /\.ya?ml$/.test(u));
  for (const uri of yamlFiles) {
    const text = ctx.textOf(uri);
    const flows = parseDocument(yamlLineBreaks(text)).get('flows', true);
    const pattern = isMap(flows)
      ? flows.items.find((p) => (p.key as { value?: unknown })?.value === 'pattern_human_handoff')
      : undefined;
    if (pattern) {
      const edit = fixExisting(uri, text, pattern as Pair);
      return (
        edit && {
          title: `Make pattern_human_handoff run ${ACTION}`,
          edits: [edit],
          l10n: { key: 'fix.rasaHandoffAction', args: { action: ACTION } },
        }
      );
    }
  }
  for (const uri of yamlFiles) {
    const text = ctx.textOf(uri);
    const flows = parseDocument(yamlLineBreaks(text)).get('flows', true);
    if (!isMap(flows) || !flows.range) continue;
    const first = flows.items[0]?.key as { range?: [number, number] } | undefined;
    const lineStart = first?.range ? lineBounds(text, first.range[0]).start : flows.range[0];
    const indent = first?.range ? text.slice(lineStart, first.range[0]) : '  ';
    const eol = eolOf(text);
    const at = flows.range[1];
    const lead = /[\r\n]$/.test(text.slice(0, at)) ? '' : eol;
    const block = [
      `${indent}pattern_human_handoff:`,
      `${indent}  description: Hand the conversation to a human agent`,
      `${indent}  steps:`,
      `${indent}    - action: utter_transfer_to_human`,
      `${indent}    - action: ${ACTION}`,
    ].join(eol);
    return {
      title: 'Add a pattern_human_handoff flow that transfers to a human agent',
      l10n: { key: 'fix.rasaHandoffFlow' },
      edits: [{ uri, span: { start: at, end: at }, newText: `${lead}${eol}${block}${eol}` }],
    };
  }
  return undefined;
}

/** Replaces a "handoff not available" step with the handoff action, or appends the action as a step. */
function fixExisting(uri: string, text: string, pattern: Pair): FileEdit | undefined {
  const steps = isMap(pattern.value) ? (pattern.value.get('steps', true) as YNode | undefined) : undefined;
  if (!isSeq(steps) || !steps.items.length) return undefined;
  for (const step of steps.items) {
    const action = isMap(step) ? (step.get('action', true) as YNode | undefined) : undefined;
    const value = action && 'value' in action ? String((action as { value: unknown }).value) : '';
    if (action?.range && /not_available|unavailable/i.test(value))
      return { uri, span: { start: action.range[0], end: action.range[1] }, newText: ACTION };
  }
  const last = steps.items[steps.items.length - 1] as YNode;
  if (!last.range) return undefined;
  const lineStart = lineBounds(text, last.range[0]).start;
  const dash = text.lastIndexOf('-', last.range[0]);
  const indent = text.slice(lineStart, dash >= lineStart ? dash : last.range[0]);
  const lineEnd = lineBounds(text, last.range[1] - 1).end;
  const at = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < text.length ? 1 : 0);
  const eol = eolOf(text);
  return {
    uri,
    span: { start: at, end: at },
    newText: `${at === text.length && !/[\r\n]$/.test(text) ? eol : ''}${indent}- action: ${ACTION}${eol}`,
  };
}
