import { emptyModel, type BotModel, type FlowNode } from '../../model/types';
import { baseName } from '../../model/uri';
import { parseJson } from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { markPreprocessing, parseN8n, readWorkflow, workflowsOf, type N8nFlow } from './parse';
import { callersOf, callsOf, HUMAN_NAME, MAX_DEPTH, resolve, type Call, type Found } from './subworkflows';

/**
 * An export with the workflows it calls: each called workflow's steps are added behind its caller
 * node (findings stay on the caller, in this file); a call that cannot be followed is said so.
 */
export function parseN8nProject(root: string, files: ProjectFile[]): BotModel {
  const texts = new Map(files.map((f) => [f.uri, f.text]));
  const model = parseN8n(root, texts.get(root) ?? '');
  const order = [root, ...files.map((f) => f.uri).filter((u) => u !== root)];
  model.files = order;
  graftCalls(model, callsOf(model.flow!), order, texts, 0, new Set([`${root}#0`]));
  calledBy(
    model,
    callersOf(root, order, (u) => texts.get(u)),
  );
  return model;
}

/**
 * A sub-workflow whose callers are in the workspace: its Execute Workflow Trigger is a step of those
 * callers (which are judged with it), not a user message, so it is not judged again on its own.
 */
function calledBy(model: BotModel, callers: string[]): void {
  if (!callers.length) return;
  const names = callers.map((u) => `'${baseName(u)}'`).join(', ');
  for (const n of model.flow!.nodes)
    if (n.kind === 'trigger' && /executeWorkflowTrigger$/.test(String(n.attrs?.type ?? ''))) {
      n.kind = 'other';
      n.label = `${n.label} (called by ${names})`;
    }
}

function graftCalls(
  model: BotModel,
  calls: Call[],
  order: string[],
  texts: Map<string, string>,
  depth: number,
  seen: Set<string>,
): void {
  for (const call of calls) {
    const found = resolve(call, order, (u) => texts.get(u));
    if (!found) {
      unresolved(model, call);
      continue;
    }
    call.node.kind = 'action';
    call.node.label = `${call.node.label} (runs '${found.name}')`;
    const key = `${found.uri}#${found.index}`;
    if (found.uri === model.uri) linkInFile(model.flow!, call, found);
    else if (!seen.has(key) && depth < MAX_DEPTH) {
      const added = graft(model, call, found, texts.get(found.uri) ?? '');
      graftCalls(model, callsOf({ nodes: added, edges: [] }), order, texts, depth + 1, new Set([...seen, key]));
    }
  }
}

/**
 * A call to another workflow of the same export (the CLI's array): link the caller to that workflow's entry,
 * which is then a step of the caller, not a user message.
 */
function linkInFile(flow: N8nFlow, call: Call, found: Found): void {
  const prefix = `${found.name}/`;
  for (const n of flow.nodes)
    if (n.id.startsWith(prefix) && /(executeWorkflowTrigger|\.start)$/.test(String(n.attrs?.type ?? ''))) {
      flow.edges.push({ from: call.node.id, to: n.id, label: 'sub-workflow' });
      if (n.kind === 'trigger') {
        n.kind = 'action';
        n.label = `${n.label} (called by '${call.node.id}')`;
      }
    }
}

/** Copies a called workflow's nodes, edges and prompts behind the caller; returns the copied nodes. */
function graft(model: BotModel, call: Call, found: Found, text: string): FlowNode[] {
  const src = parseJson(found.uri, text);
  const wf = workflowsOf(src.root)[found.index];
  const sub = emptyModel('n8n', found.uri);
  const subFlow: N8nFlow = { nodes: [], edges: [] };
  readWorkflow(sub, src, wf, '', subFlow);
  markPreprocessing(subFlow);
  const flow = model.flow!;
  const id = (n: string) => `${call.node.id} > ${n}`;
  const hasIncoming = new Set(subFlow.edges.map((e) => e.to));
  const added: FlowNode[] = [];
  for (const n of subFlow.nodes) {
    const copy: FlowNode = {
      ...n,
      id: id(n.id),
      // Its triggers (Execute Workflow Trigger) are entered from the caller, not by a user message.
      kind: n.kind === 'trigger' ? 'action' : n.kind,
      label: `${n.label} (in sub-workflow '${found.name}')`,
      ref: call.node.ref,
      attrs: { ...n.attrs, subWorkflow: found.name },
    };
    if (n.prompt !== undefined) {
      model.prompts.push({
        ...sub.prompts[n.prompt],
        id: `${call.node.id}>${sub.prompts[n.prompt].id}`,
        external: true,
      });
      copy.prompt = model.prompts.length - 1;
    }
    flow.nodes.push(copy);
    added.push(copy);
    if (n.kind === 'trigger' || !hasIncoming.has(n.id))
      flow.edges.push({ from: call.node.id, to: copy.id, label: 'sub-workflow' });
  }
  for (const e of subFlow.edges) flow.edges.push({ ...e, from: id(e.from), to: id(e.to) });
  for (const m of sub.models) model.models.push({ ...m, ref: call.node.ref });
  return added;
}

/** A call that cannot be followed: said as a note; a caller named as a handoff to a person counts as one. */
function unresolved(model: BotModel, call: Call): void {
  const what = call.name ?? call.ref ?? call.path;
  const why =
    call.source === 'url'
      ? 'is loaded from a URL'
      : call.source === 'parameter'
        ? 'is JSON inside the node (not read)'
        : what
          ? 'is not in the workspace (looked for by id and name in every workflow file of the workspace)'
          : 'is chosen by an expression';
  const label = call.node.label;
  if (HUMAN_NAME.test(`${label} ${call.name ?? ''}`)) {
    call.node.kind = 'human';
    call.node.label = `${label} (a handoff by its name; the sub-workflow is not read)`;
  }
  model.notes.push({
    kind: 'incomplete',
    ref: call.node.ref,
    detail: `the sub-workflow${what ? ` '${what}'` : ''} run by '${label}' ${why}: its steps are not checked`,
  });
}
