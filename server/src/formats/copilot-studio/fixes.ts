import { isMap, isSeq, parseDocument, type Node as YNode } from 'yaml';
import type { BotModel, FlowNode } from '../../model/types';
import type { Fix, FixContext } from '../../model/fixes';
import { turnOffSettingsFixes } from '../shared/openSettings';
import { yamlLineBreaks } from '../shared/yamlSource';

/** "Turn off model knowledge" / "Turn off web browsing" on the settings the parser recorded. */
export function copilotOpenFixes(ctx: FixContext, node: FlowNode): Fix[] {
  return turnOffSettingsFixes(node, 'Turn off model knowledge and web browsing', ctx.textOf, {
    key: 'fix.copilotBothOff',
  });
}

const startOfLine = (text: string, o: number) => text.lastIndexOf('\n', o - 1) + 1;

/** The offset of the end of the line at `o`, before its line break. */
function endOfLine(text: string, o: number): number {
  const e = text.indexOf('\n', o);
  return e < 0 ? text.length : text[e - 1] === '\r' ? e - 1 : e;
}

/** The TransferConversationV2 action as YAML lines: `dash` before its `- `, `key` before its other keys. */
function transferBlock(message: string, eol: string, dash: string, key: string): string {
  return [
    `${dash}- kind: TransferConversationV2`,
    `${key}id: transferToAgent_waPolicy`,
    `${key}transferType:`,
    `${key}  kind: TransferToAgent`,
    `${key}  messageToAgent: ${JSON.stringify(message)}`,
  ].join(eol);
}

/** "Add a transfer to a live agent": appends a TransferConversationV2 action to the Fallback (OnUnknownIntent) topic. */
export function copilotHandoffFix(
  ctx: FixContext,
  model: BotModel,
  message = 'The customer needs a person: the WhatsApp bot could not help with this conversation.',
): Fix | undefined {
  const topics = (model.flow?.nodes ?? []).filter((n) => n.id.startsWith('topic:') && typeof n.attrs?.uri === 'string');
  const target =
    topics.find((n) => n.attrs?.trigger === 'OnUnknownIntent') ?? topics.find((n) => n.attrs?.trigger === 'OnEscalate');
  if (!target) return undefined;
  const uri = target.attrs!.uri as string;
  // A lone CR ends a line: read it as LF (same length, so offsets hold) and write the file's own line ending.
  const original = ctx.textOf(uri);
  const text = yamlLineBreaks(original);
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const dialog = doc.get('beginDialog', true) as YNode | undefined;
  if (!isMap(dialog)) return undefined;
  const eol = original.includes('\r\n') ? '\r\n' : original.includes('\r') ? '\r' : '\n';
  const lineStart = (o: number) => startOfLine(text, o);
  const lineEnd = (o: number) => endOfLine(text, o);
  const actions = dialog.get('actions', true) as YNode | undefined;
  const block = (dash: string, key: string) => transferBlock(message, eol, dash, key);
  const title = 'Add a transfer to a live agent (TransferConversationV2) to the fallback topic';
  const l10n = { key: 'fix.copilotHandoff' };
  if (isSeq(actions) && actions.items.length && !actions.flow) {
    const first = actions.items[0] as YNode;
    const last = actions.items[actions.items.length - 1] as YNode;
    if (!first.range || !last.range) return undefined;
    const dashCol = first.range[0] - lineStart(first.range[0]);
    const lead = text.slice(lineStart(first.range[0]), first.range[0]);
    const dashAt = lead.lastIndexOf('-');
    if (dashAt < 0) return undefined;
    // Insert after the last non-blank character of the last item, at the end of its line.
    let end = last.range[1];
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const at = lineEnd(end);
    return {
      title,
      l10n,
      edits: [{ uri, span: { start: at, end: at }, newText: eol + block(' '.repeat(dashAt), ' '.repeat(dashCol)) }],
    };
  }
  // No actions (or `actions: []`): write the list under beginDialog, indented like its keys.
  const firstKey = dialog.items[0]?.key as YNode | undefined;
  if (!firstKey?.range || !dialog.range) return undefined;
  const indent = ' '.repeat(firstKey.range[0] - lineStart(firstKey.range[0]));
  if (actions) {
    const pair = dialog.items.find((p) => (p.key as { value?: unknown })?.value === 'actions');
    const k = pair?.key as YNode | undefined;
    if (!k?.range || !actions.range) return undefined;
    return {
      title,
      l10n,
      edits: [
        {
          uri,
          span: { start: k.range[0], end: actions.range[1] },
          newText: `actions:${eol}${block(indent + '  ', indent + '    ')}`,
        },
      ],
    };
  }
  let end = dialog.range[1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const at = lineEnd(end);
  return {
    title,
    l10n,
    edits: [
      {
        uri,
        span: { start: at, end: at },
        newText: `${eol}${indent}actions:${eol}${block(indent + '  ', indent + '    ')}`,
      },
    ],
  };
}
