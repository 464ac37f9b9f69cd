import type { Host } from '../../model/host';
import { emptyModel, type FlowNode } from '../../model/types';
import { baseName, dirOf, join } from '../../model/uri';
import { parseJson } from '../shared/jsonSource';
import { looksLikeN8n, readWorkflow, workflowsOf, type N8nFlow } from './parse';

/** How deep calls are followed (a sub-workflow's own calls), and how many workflow files are opened to find one. */
export const MAX_DEPTH = 3;
const MAX_CANDIDATES = 3000;
const MAX_LISTED = 20_000;
/** An unresolved call whose name says it hands over to a person is counted as a human path. */
export const HUMAN_NAME =
  /\b(human|humano|humana|handoff|hand[- ]off|hand[- ]over|escalat\w*|live[- ]?agent|operator|operador|atendente|atendimento humano|staff|support team)\b/i;

export interface Call {
  node: FlowNode;
  source: string;
  ref?: string;
  name?: string;
  path?: string;
}

export interface Found {
  uri: string;
  /** The workflow object inside the file (the file may hold the CLI's array of workflows). */
  index: number;
  name: string;
}

export function callsOf(flow: N8nFlow): Call[] {
  return flow.nodes
    .filter((n) => typeof n.attrs?.workflowSource === 'string')
    .map((n) => ({
      node: n,
      source: n.attrs!.workflowSource as string,
      ref: n.attrs!.workflowRef as string | undefined,
      name: n.attrs!.workflowName as string | undefined,
      path: n.attrs!.workflowPath as string | undefined,
    }));
}

/** The workflow objects of an export's text (one object, or the CLI's array), as plain JSON. */
function workflowsIn(text: string): { id?: string; name?: string }[] {
  if (!looksLikeN8n(text)) return [];
  try {
    const v = JSON.parse(text) as { nodes?: unknown; workflow?: { nodes?: unknown }; data?: unknown };
    const list = Array.isArray(v)
      ? v
      : !v?.nodes && v?.workflow?.nodes
        ? [
            {
              ...v.workflow,
              id: (v.workflow as { id?: string }).id ?? (v as { id?: string }).id,
              name: (v as { name?: string }).name,
            },
          ]
        : !v?.nodes && Array.isArray(v?.data)
          ? v.data
          : [v];
    return list.map((w) => (w && typeof w === 'object' ? (w as { id?: string; name?: string }) : {}));
  } catch {
    return [];
  }
}

/** Folders that mark the top of a workspace: a repository, or the folder of the linter's config. */
const WORKSPACE_MARKERS = ['.git', '.wa-policy.yaml'];
const MAX_LEVELS = 12;

/**
 * The workspace an export belongs to: the nearest folder above it that is a repository or holds the
 * linter's config; without one, the export's parent folder (nothing above it is assumed to be the user's).
 */
export function workspaceOf(uri: string, host: Host): string {
  let dir = dirOf(uri);
  for (let level = 0; level < MAX_LEVELS; level++) {
    const marked = WORKSPACE_MARKERS.some(
      (n) => host.readFile(join(dir, n)) !== undefined || (n === '.git' && host.listFiles(join(dir, n), 1).length > 0),
    );
    if (marked) return dir;
    const up = dirOf(dir);
    if (up === dir || !/\/[^/]/.test(up.replace(/^file:\/\//, ''))) break;
    dir = up;
  }
  return dirOf(dirOf(uri));
}

/**
 * Workflow files an export may call, nearest first: its folder, its parent's tree, then the whole workspace
 * (a repository often keeps sub-workflows in a folder of their own).
 */
function candidates(uri: string, host: Host): string[] {
  const dir = dirOf(uri);
  const up = dirOf(dir);
  const all = [
    ...host.listFiles(dir, 2000),
    ...(up !== dir && up.includes('/') ? host.listFiles(up, 4000) : []),
    ...host.listFiles(workspaceOf(uri, host), MAX_LISTED),
  ];
  return [uri, ...new Set(all.filter((u) => /\.json$/i.test(u) && u !== uri && !/\/node_modules\//.test(u)))].slice(
    0,
    MAX_CANDIDATES,
  );
}

/** Finds the workflow a call runs: by id, then by its cached name, then (local file) by file name. */
export function resolve(call: Call, files: string[], read: (u: string) => string | undefined): Found | undefined {
  if (call.source === 'url' || call.source === 'parameter') return undefined;
  const wanted = call.source === 'localFile' && call.path ? baseName(call.path.replace(/\\/g, '/')) : undefined;
  let byName: Found | undefined;
  for (const uri of files) {
    if (wanted && baseName(uri) !== wanted) continue;
    const text = read(uri);
    // Only files that name the id or the name are parsed (a repository may hold hundreds of workflows).
    if (text === undefined || (!wanted && ![call.ref, call.name].some((k) => k && text.includes(k)))) continue;
    const wfs = workflowsIn(text);
    for (let index = 0; index < wfs.length; index++) {
      const w = wfs[index];
      const name = typeof w.name === 'string' ? w.name : baseName(uri);
      if (wanted || (call.ref && String(w.id) === call.ref)) return { uri, index, name };
      if (!byName && call.name && name === call.name) byName = { uri, index, name };
    }
  }
  return byName;
}

/** The calls of every workflow in an export's text. */
export function callsIn(uri: string, text: string): Call[] {
  const src = parseJson(uri, text);
  const flow: N8nFlow = { nodes: [], edges: [] };
  for (const wf of workflowsOf(src.root)) readWorkflow(emptyModel('n8n', uri), src, wf, '', flow);
  return callsOf(flow);
}

/** Files among `files` whose workflows call the (single) workflow of `root`. */
export function callersOf(root: string, files: string[], read: (u: string) => string | undefined): string[] {
  const text = read(root);
  if (!text || !/executeWorkflowTrigger/.test(text)) return [];
  const wfs = workflowsIn(text);
  if (wfs.length !== 1) return [];
  const keys = [wfs[0].id, wfs[0].name]
    .map((k) => (typeof k === 'number' ? String(k) : k))
    .filter((k): k is string => typeof k === 'string' && k !== '');
  return files.filter((u) => {
    const t = u === root ? undefined : read(u);
    return (
      !!t &&
      /(executeWorkflow|toolWorkflow)"/.test(t) &&
      keys.some((k) => t.includes(k)) &&
      callsIn(u, t).some((c) => resolve(c, [root], read)?.uri === root)
    );
  });
}

/**
 * The files an export's model reads: itself, the workflows it calls (followed a few levels deep), and
 * for a sub-workflow the workflows that call it (its entry is then their step, not a user message).
 */
export function n8nProjectFiles(root: string, host: Host): string[] {
  const text = host.readFile(root);
  if (text === undefined || !/executeWorkflow|toolWorkflow/.test(text)) return [root];
  const files = candidates(root, host);
  const read = (u: string) => host.readFile(u);
  const out = new Set([root]);
  let frontier = [root];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
    const next: string[] = [];
    for (const uri of frontier) {
      for (const call of callsIn(uri, read(uri) ?? '')) {
        const found = resolve(call, files, read);
        if (!found || out.has(found.uri)) continue;
        out.add(found.uri);
        next.push(found.uri);
      }
    }
    frontier = next;
  }
  for (const u of callersOf(root, files, read)) out.add(u);
  return [...out];
}
