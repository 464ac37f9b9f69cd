import { findNodeAtLocation, modify, applyEdits, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { BotModel, FlowNode } from '../../model/types';
import { diffEdit, insertAtPromptEnd, formattingFor } from '../shared/edits';
import { blankArrayButLast, keepsBlank, type Blanked } from '../shared/jsonBlank';
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
  const pos = (n: FlowNode) => (n.attrs?.position as unknown as number[] | undefined) ?? [0, 0];
  const added: Added = { llm: llm.id, ifName, notifyName, at: pos(llm) };
  // Decided once on the file: formatted insertions keep every line short, unformatted ones join the existing long line.
  const formattingOptions = formattingFor(before, fmt);
  // The nodes but the last cut out: jsonc-parser then parses none of them at each step (linear, 1 MB in one parse).
  const blanked = blankArrayButLast(uri, before, ['nodes']);
  const fast = blanked && addNodes(blanked.text, formattingOptions, added, blanked);
  // Before `end` the edited text is the cut file (no edit there): the file's own text is put back.
  const text =
    blanked && fast !== undefined
      ? before.slice(0, blanked.end + blanked.shift) + fast.slice(blanked.end)
      : (addNodes(before, formattingOptions, added, undefined) ?? before);
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

interface Added {
  llm: string;
  ifName: string;
  notifyName: string;
  at: number[];
}

/**
 * `text` with the IF node and the notify node appended to `nodes` and connected after the LLM, or undefined when an
 * edit would read the blanked region of `blanked` (the caller then edits the whole text).
 */
function addNodes(
  start: string,
  formattingOptions: FormattingOptions | undefined,
  { llm, ifName, notifyName, at }: Added,
  blanked: Blanked | undefined,
): string | undefined {
  let text = start;
  let blind = false;
  const apply = (path: (string | number)[], value: unknown) => {
    if (blind) return;
    const edits = modify(text, path, value, { formattingOptions, isArrayInsertion: path[path.length - 1] === -1 });
    if (!keepsBlank(edits, blanked, formattingOptions !== undefined)) blind = true;
    else text = applyEdits(text, edits);
  };
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
    position: [at[0] + 240, at[1] + 200],
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
    position: [at[0] + 480, at[1] + 200],
  });
  const root = parseTree(text);
  const existing = root && findNodeAtLocation(root, ['connections', llm, 'main', 0]);
  if (existing) apply(['connections', llm, 'main', 0, -1], { node: ifName, type: 'main', index: 0 });
  else apply(['connections', llm], { main: [[{ node: ifName, type: 'main', index: 0 }]] });
  apply(['connections', ifName], { main: [[{ node: notifyName, type: 'main', index: 0 }], []] });
  return blind ? undefined : text;
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
