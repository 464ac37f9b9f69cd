import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { BotModel, FlowNode } from '../../model/types';
import { insertAtPromptEnd } from '../shared/edits';
import { appendEdit, indentUnit, mergeTouching, replaceEdit } from '../shared/jsonInsert';
import { keptTree } from '../shared/jsonReparse';
import type { FileEdit, Fix, FixContext } from '../../model/fixes';

const TOKEN = '[HANDOFF]';

/**
 * Adds an IF node after the first AI node that checks the reply for a handoff token, a node that
 * notifies staff, and tells the model when to emit the token.
 *
 * The edits are insertions at the end of `nodes` and in `connections`, laid out as the file's own items are, and
 * they are built when first read (`codeAction/resolve`, a report that prints fixes), not on every lint on the main
 * thread. A lint on the worker thread (large open files) or a CLI `--cache` write serialises the finding, which reads
 * the getter: there the edits are still built on every lint (local insertions from the kept tree, not a reformat).
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
  const pos = (n: FlowNode) => (n.attrs?.position as unknown as number[] | undefined) ?? [0, 0];
  const added: Added = {
    llm: llm.id,
    ifName: uniqueName(model, 'Human handoff?'),
    notifyName: uniqueName(model, 'Notify human agent'),
    at: pos(llm),
  };
  const unit = llm.prompt !== undefined ? model.prompts[llm.prompt] : undefined;
  const promptEdit = unit && insertAtPromptEnd(unit, before, [`${instruction} ${TOKEN}`]);
  let edits: FileEdit[] | undefined;
  return {
    title: `Add a human-handoff step after '${llm.label}'`,
    get edits() {
      return (edits ??= handoffEdits(uri, before, added, promptEdit));
    },
    l10n: { key: 'fix.n8nHandoff', args: { node: llm.label } },
  };
}

interface Added {
  llm: string;
  ifName: string;
  notifyName: string;
  at: number[];
}

/** The fix's edits on `text`: the prompt's instruction, the two nodes, their connections (none when `nodes` is not an array). */
function handoffEdits(uri: string, text: string, added: Added, promptEdit: FileEdit | undefined): FileEdit[] {
  const root = keptTree(uri, text) ?? parseTree(text);
  const nodes = root && findNodeAtLocation(root, ['nodes']);
  if (!root || root.type !== 'object' || nodes?.type !== 'array' || !nodes.children?.length) return [];
  const unit = indentUnit(text);
  const { llm, ifName, notifyName } = added;
  const out: FileEdit[] = [];
  const [ifNode, notifyNode] = newNodes(added);
  // Two insertions at the end of `nodes`: mergeTouching joins them into one edit, in this order.
  out.push(
    appendEdit(uri, text, nodes, ifNode, undefined, unit),
    appendEdit(uri, text, nodes, notifyNode, undefined, unit),
  );
  const link = { node: ifName, type: 'main', index: 0 };
  const next = { main: [[{ node: notifyName, type: 'main', index: 0 }], []] };
  const connections = findNodeAtLocation(root, ['connections']);
  // No connections, or none yet (`{}`): the whole object written at once.
  if (connections?.type !== 'object' || !connections.children?.length) {
    const value = { [llm]: { main: [[link]] }, [ifName]: next };
    out.push(
      connections
        ? replaceEdit(uri, text, connections, value, unit)
        : appendEdit(uri, text, root, value, 'connections', unit),
    );
  } else {
    const main0 = findNodeAtLocation(connections, [llm, 'main', 0]);
    const from = findNodeAtLocation(connections, [llm]);
    if (main0?.type === 'array') out.push(appendEdit(uri, text, main0, link, undefined, unit));
    else if (from) out.push(replaceEdit(uri, text, from, { main: [[link]] }, unit));
    else out.push(appendEdit(uri, text, connections, { main: [[link]] }, llm, unit));
    const stale = findNodeAtLocation(connections, [ifName]);
    out.push(
      stale ? replaceEdit(uri, text, stale, next, unit) : appendEdit(uri, text, connections, next, ifName, unit),
    );
  }
  // The prompt's edit sits inside `nodes`, before every structural one.
  if (promptEdit && promptEdit.span.end <= out[0].span.start) out.unshift(promptEdit);
  return mergeTouching(out);
}

/** The IF node that tests the reply for the token, and the node that notifies staff. */
function newNodes({ ifName, notifyName, at }: Added): [unknown, unknown] {
  return [
    {
      parameters: {
        conditions: {
          conditions: [
            {
              leftValue: '={{ $json.output }}',
              rightValue: TOKEN,
              operator: { type: 'string', operation: 'contains' },
            },
          ],
          combinator: 'and',
        },
      },
      name: ifName,
      type: 'n8n-nodes-base.if',
      typeVersion: 2,
      position: [at[0] + 240, at[1] + 200],
    },
    {
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
    },
  ];
}

function uniqueName(model: BotModel, base: string): string {
  const names = new Set(model.flow?.nodes.map((n) => n.id));
  let name = base;
  for (let i = 2; names.has(name); i++) name = `${base} ${i}`;
  return name;
}
