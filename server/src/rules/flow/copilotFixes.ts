import { isMap, isSeq, parseDocument, type Node as YNode } from 'yaml';
import type { BotModel, FlowNode } from '../../model/types';
import type { FileEdit, Fix, RuleContext } from '../types';

/** The settings an open Copilot Studio generative node points at (see parse/copilotStudio.ts attrs `settingN`). */
function settings(node: FlowNode): { key: string; uri: string; start: number; end: number }[] {
  const out = [];
  for (let i = 0; typeof node.attrs?.[`setting${i}`] === 'string'; i++) {
    const m = /^(\w+)@(\d+):(\d+)@(.+)$/.exec(node.attrs[`setting${i}`] as string);
    if (m) out.push({ key: m[1], start: Number(m[2]), end: Number(m[3]), uri: m[4] });
  }
  return out;
}

/**
 * "Turn off model knowledge" / "Turn off web browsing": the `true` token (YAML scalar or JSON
 * literal) becomes `false` in place, so the file stays valid and keeps its layout.
 */
export function copilotOpenFixes(ctx: RuleContext, node: FlowNode): Fix[] {
  const flags = settings(node).filter((s) => /^(true|yes|on)$/i.test(ctx.textOf(s.uri).slice(s.start, s.end).trim()));
  const edit = (s: (typeof flags)[number]): FileEdit => ({ uri: s.uri, span: { start: s.start, end: s.end }, newText: 'false' });
  const title = (s: (typeof flags)[number]) => (s.key === 'webBrowsing' ? 'Turn off web browsing' : 'Turn off model knowledge') + ` (${s.key}: false)`;
  const fixes: Fix[] = flags.map((s) => ({ title: title(s), edits: [edit(s)], l10n: { key: s.key === 'webBrowsing' ? 'fix.copilotWebBrowsingOff' : 'fix.copilotModelKnowledgeOff', args: { setting: s.key } } }));
  if (flags.length > 1) fixes.unshift({ title: 'Turn off model knowledge and web browsing', edits: flags.map(edit), preferred: true, l10n: { key: 'fix.copilotBothOff' } });
  else if (fixes[0]) fixes[0].preferred = true;
  return fixes;
}

/** "Add a transfer to a live agent": appends a TransferConversationV2 action to the Fallback (OnUnknownIntent) topic. */
export function copilotHandoffFix(ctx: RuleContext, model: BotModel, message = 'The customer needs a person: the WhatsApp bot could not help with this conversation.'): Fix | undefined {
  const topics = (model.flow?.nodes ?? []).filter((n) => n.id.startsWith('topic:') && typeof n.attrs?.uri === 'string');
  const target = topics.find((n) => n.attrs?.trigger === 'OnUnknownIntent') ?? topics.find((n) => n.attrs?.trigger === 'OnEscalate');
  if (!target) return undefined;
  const uri = target.attrs!.uri as string;
  const text = ctx.textOf(uri);
  const doc = parseDocument(text);
  if (doc.errors.length) return undefined;
  const dialog = doc.get('beginDialog', true) as YNode | undefined;
  if (!isMap(dialog)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = (o: number) => text.lastIndexOf('\n', o - 1) + 1;
  const lineEnd = (o: number) => {
    const e = text.indexOf('\n', o);
    return e < 0 ? text.length : text[e - 1] === '\r' ? e - 1 : e;
  };
  const actions = dialog.get('actions', true) as YNode | undefined;
  const block = (dash: string, key: string) =>
    [
      `${dash}- kind: TransferConversationV2`,
      `${key}id: transferToAgent_waPolicy`,
      `${key}transferType:`,
      `${key}  kind: TransferToAgent`,
      `${key}  messageToAgent: ${JSON.stringify(message)}`,
    ].join(eol);
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
    return { title, l10n, edits: [{ uri, span: { start: at, end: at }, newText: eol + block(' '.repeat(dashAt), ' '.repeat(dashCol)) }] };
  }
  // No actions (or `actions: []`): write the list under beginDialog, indented like its keys.
  const firstKey = dialog.items[0]?.key as YNode | undefined;
  if (!firstKey?.range || !dialog.range) return undefined;
  const indent = ' '.repeat(firstKey.range[0] - lineStart(firstKey.range[0]));
  if (actions) {
    const pair = dialog.items.find((p) => (p.key as { value?: unknown })?.value === 'actions');
    const k = pair?.key as YNode | undefined;
    if (!k?.range || !actions.range) return undefined;
    return { title, l10n, edits: [{ uri, span: { start: k.range[0], end: actions.range[1] }, newText: `actions:${eol}${block(indent + '  ', indent + '    ')}` }] };
  }
  let end = dialog.range[1];
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const at = lineEnd(end);
  return { title, l10n, edits: [{ uri, span: { start: at, end: at }, newText: `${eol}${indent}actions:${eol}${block(indent + '  ', indent + '    ')}` }] };
}
