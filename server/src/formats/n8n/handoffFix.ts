import { findNodeAtLocation, modify, applyEdits, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { BotModel, FlowNode } from '../../model/types';
import { diffEdit, insertAtPromptEnd, formattingFor } from '../shared/edits';
import type { Fix, FixContext } from '../../model/fixes';

const TOKEN = '[HANDOFF]';

/**
 * Adds an IF node after the first AI node that checks the reply for a handoff token, a node that
 * notifies staff, and tells the model when to emit the token.
 */
export function n8nHandoffFix(
  ctx: FixContext,
  model: BotModel,
  reached: FlowNode[],
  instruction: string,
): Fix | undefined {
  // A step of a called sub-workflow lives in another file: the fix edits this workflow's own LLM.
  const llm = reached.find((n) => n.kind === 'llm' && !n.attrs?.subWorkflow);
  if (!llm) return undefined;
  const uri = model.uri;
  const before = ctx.textOf(uri);
  const fmt: FormattingOptions = {
    insertSpaces: true,
    tabSize: detectIndent(before),
    eol: before.includes('\r\n') ? '\r\n' : '\n',
  };
  const ifName = uniqueName(model, 'Human handoff?');
  const notifyName = uniqueName(model, 'Notify human agent');
  let text = before;
  const apply = (path: (string | number)[], value: unknown) =>
    (text = applyEdits(
      text,
      modify(text, path, value, {
        formattingOptions: formattingFor(text, fmt),
        isArrayInsertion: path[path.length - 1] === -1,
      }),
    ));
  const pos = (n: FlowNode) => (n.attrs?.position as unknown as number[] | undefined) ?? [0, 0];
  apply(['nodes', -1], {
    parameters: {
      conditions: {
        conditions: [
          { leftValue: '={{ $json.output }}', rightValue: TOKEN, operator: { type: 'string', operation: 'contains' } },
        ],
        combinator: 'and',
      },
    },
    name: ifName,
    type: 'n8n-nodes-base.if',
    typeVersion: 2,
    position: [pos(llm)[0] + 240, pos(llm)[1] + 200],
  });
  apply(['nodes', -1], {
    parameters: {
      method: 'POST',
      url: 'https://<YOUR AGENT INBOX>/api/handoff',
      sendBody: true,
      bodyParameters: { parameters: [{ name: 'conversation', value: '={{ $json.output }}' }] },
    },
    name: notifyName,
    type: 'n8n-nodes-base.httpRequest',
    typeVersion: 4.2,
    position: [pos(llm)[0] + 480, pos(llm)[1] + 200],
  });
  const root = parseTree(text);
  const existing = root && findNodeAtLocation(root, ['connections', llm.id, 'main', 0]);
  if (existing) apply(['connections', llm.id, 'main', 0, -1], { node: ifName, type: 'main', index: 0 });
  else apply(['connections', llm.id], { main: [[{ node: ifName, type: 'main', index: 0 }]] });
  apply(['connections', ifName], { main: [[{ node: notifyName, type: 'main', index: 0 }], []] });
  const edits = [diffEdit(uri, before, text)];
  const unit = llm.prompt !== undefined ? model.prompts[llm.prompt] : undefined;
  const promptEdit = unit && insertAtPromptEnd(unit, before, [`${instruction} ${TOKEN}`]);
  // Both edits must not overlap: the prompt edit sits inside `nodes`, the structural one after it.
  if (promptEdit && promptEdit.span.end <= edits[0].span.start) edits.unshift(promptEdit);
  return {
    title: `Add a human-handoff step after '${llm.label}'`,
    edits,
    l10n: { key: 'fix.n8nHandoff', args: { node: llm.label } },
  };
}

function detectIndent(text: string): number {
  const m = /\n( +)\S/.exec(text);
  return m ? m[1].length : 2;
}

function uniqueName(model: BotModel, base: string): string {
  const names = new Set(model.flow?.nodes.map((n) => n.id));
  let name = base;
  for (let i = 2; names.has(name); i++) name = `${base} ${i}`;
  return name;
}
