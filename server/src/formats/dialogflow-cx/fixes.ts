import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  type FormattingOptions,
  type JSONPath,
  type Node as JNode,
} from 'jsonc-parser';
import type { BotModel, FlowNode } from '../../model/types';
import { diffEdit, formattingFor } from '../shared/edits';
import { turnOffSettingsFixes } from '../shared/openSettings';
import type { Fix, FixContext } from '../../model/fixes';

function formatting(text: string): FormattingOptions {
  const m = /\n( +|\t)\S/.exec(text);
  return {
    insertSpaces: !m || m[1] !== '\t',
    tabSize: m && m[1] !== '\t' ? m[1].length : 2,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** Edits the JSON file at `uri` with jsonc-parser `modify` steps; one minimal edit, so the file stays valid JSON. */
function editJson(
  ctx: FixContext,
  uri: string,
  steps: (text: string, root: JNode | undefined) => [JSONPath, unknown][],
): Fix['edits'] {
  const before = ctx.textOf(uri);
  const fmt = formatting(before);
  let text = before;
  for (const [path, value] of steps(before, parseTree(before))) {
    text = applyEdits(
      text,
      modify(text, path, value, {
        formattingOptions: formattingFor(text, fmt),
        isArrayInsertion: path[path.length - 1] === -1,
      }),
    );
  }
  return text === before ? [] : [diffEdit(uri, before, text)];
}

/** "Turn off generative fallback": `enableGenerativeFallback: true` becomes false in the handler behind the node. */
export function dialogflowGenerativeFallbackFixes(ctx: FixContext, node: FlowNode): Fix[] {
  return turnOffSettingsFixes(node, 'Turn off generative fallback', ctx.textOf, { key: 'fix.dialogflowGenerativeOff' });
}

const HANDOFF = { liveAgentHandoff: { metadata: {} } };

/** "Add a live-agent handoff to the no-match handler" of the start flow (adds the handler when there is none). */
export function dialogflowHandoffFix(ctx: FixContext, model: BotModel): Fix | undefined {
  const flow = model.flow;
  const startId = flow?.edges.find((e) => e.from === 'user' && e.to.startsWith('flow:'))?.to;
  const start = flow?.nodes.find((n) => n.id === startId);
  if (!start) return undefined;
  const uri = start.ref.uri;
  if (!model.files.includes(uri) || !/\.json$/i.test(uri)) return undefined;
  const edits = editJson(ctx, uri, (_, root) => {
    if (!root || root.type !== 'object') return [];
    const handlers = findNodeAtLocation(root, ['eventHandlers']);
    const list = handlers?.type === 'array' ? (handlers.children ?? []) : [];
    const eventOf = (h: JNode) => findNodeAtLocation(h, ['event'])?.value;
    const i = [
      list.findIndex((h) => eventOf(h) === 'sys.no-match-default'),
      list.findIndex((h) => /^sys\.no-match/.test(String(eventOf(h)))),
    ].find((x) => x >= 0);
    if (i === undefined) {
      const handler = { event: 'sys.no-match-default', triggerFulfillment: { messages: [HANDOFF] } };
      return [handlers?.type === 'array' ? [['eventHandlers', -1], handler] : [['eventHandlers'], [handler]]];
    }
    const ful = findNodeAtLocation(list[i], ['triggerFulfillment']);
    const messages = ful && findNodeAtLocation(ful, ['messages']);
    if (messages?.type === 'array') return [[['eventHandlers', i, 'triggerFulfillment', 'messages', -1], HANDOFF]];
    if (ful?.type === 'object') return [[['eventHandlers', i, 'triggerFulfillment', 'messages'], [HANDOFF]]];
    return [[['eventHandlers', i, 'triggerFulfillment'], { messages: [HANDOFF] }]];
  });
  return edits.length
    ? { title: 'Add a live-agent handoff to the no-match handler', edits, l10n: { key: 'fix.dialogflowHandoff' } }
    : undefined;
}
