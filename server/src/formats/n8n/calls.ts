import { nodeAt, strAt, type JNode } from '../shared/jsonSource';

/** Nodes that run another workflow: Execute Workflow, and the AI agent's "Call n8n Workflow" tool. */
export const CALLER = /(n8n-nodes-base\.executeWorkflow|@n8n\/n8n-nodes-langchain\.toolWorkflow)$/;

/** What a caller node says about the workflow it runs (fix-free facts for the model's `attrs`). */
export interface SubWorkflowCall {
  /** `database` (by id, the default), `localFile`, `parameter` (JSON in the node) or `url`. */
  workflowSource?: string;
  /** The workflow id; absent when an expression chooses it. */
  workflowRef?: string;
  /** The name the editor cached beside the id (`cachedResultName`). */
  workflowName?: string;
  /** `localFile`: the path of the workflow file on the n8n server. */
  workflowPath?: string;
}

const literal = (v: string | undefined) => (v && !v.startsWith('=') ? v.trim() : undefined);

/**
 * The workflow a caller node runs. `workflowId` is a plain string in old exports and a resource
 * locator (`{__rl, value, mode, cachedResultName}`) in new ones; a value starting with `=` is an expression.
 */
export function subWorkflowCall(n: JNode, type: string): SubWorkflowCall {
  if (!CALLER.test(type)) return {};
  const p = nodeAt(n, ['parameters']);
  const source = strAt(p, ['source']) ?? 'database';
  const id = nodeAt(p, ['workflowId']);
  const ref = id?.type === 'string' ? literal(id.value as string) : literal(strAt(id, ['value']));
  const out: SubWorkflowCall = { workflowSource: source };
  if (ref) out.workflowRef = ref;
  const name = literal(strAt(id, ['cachedResultName']));
  if (name) out.workflowName = name;
  const file = literal(strAt(p, ['workflowPath']));
  if (file) out.workflowPath = file;
  return out;
}
