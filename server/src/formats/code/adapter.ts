/**
 * The code adapter: a project's WhatsApp handlers, LLM calls and handoffs as one bot model. Triggers are
 * the handlers, `llm` nodes the calls (prompt = the resolved system prompt), `human` nodes the handoffs;
 * the hops between them are the functions that carry the message (for the hover's path).
 */
import { parse as parseYaml } from 'yaml';
import picomatch from 'picomatch';
import {
  emptyModel,
  type BotModel,
  type FlowEdge,
  type FlowNode,
  type MappedText,
  type SourceRef,
} from '../../model/types';
import { LineIndex } from '../../model/text';
import { join, toPath } from '../../model/uri';
import type { ProjectFile } from '../types';
import { normaliseProvider } from '../shared/providers';
import { CODE_DATA } from './data';
import { ENV_EXAMPLES, MANIFESTS, markedFile } from './project';
import { CodeProject, type Module } from './project-model';
import { fallbackRouter, fileName, findHandlers, traceToHandler, type Handler } from './reach';
import type { Piece } from './resolve';
import { llmCalls, type LlmCall } from './sites';
import { codeLiterals } from './literals';

export function parseCodeProject(root: string, files: ProjectFile[]): BotModel {
  const main = files.find((f) => /\.(?:[mc]?[jt]sx?|py)$/i.test(f.uri))?.uri ?? files[0]?.uri ?? root;
  const model = emptyModel('code', main);
  model.files = files.map((f) => f.uri);
  const project = new CodeProject(root, new Map(files.map((f) => [f.uri, f.text])));
  const declared = declaredWhatsApp(project);
  const evidence = whatsappEvidence(project);
  const isBot = (m: Module) => evidence !== undefined || declared(m.uri);
  const mods = [...project.modules.values()];
  let handlers = mods.filter(isBot).flatMap(findHandlers);
  const calls = mods.flatMap((m) => llmCalls(project, m));
  if (!calls.length || (!evidence && !mods.some((m) => declared(m.uri)))) return model;
  if (!handlers.length)
    handlers = syntheticHandlers(
      project,
      evidence,
      mods.filter((m) => declared(m.uri)),
    );
  if (!handlers.length) return model;
  const flow = { nodes: [] as FlowNode[], edges: [] as FlowEdge[] };
  const at = (mod: Module, start: number, end: number): SourceRef => ({
    uri: mod.uri,
    span: { start, end: Math.max(end, start + 1) },
  });
  const lines = new Map<Module, LineIndex>();
  const line = (mod: Module, offset: number) =>
    (lines.get(mod) ?? lines.set(mod, new LineIndex(mod.text)).get(mod)!).position(offset).line + 1;
  const triggerId = (h: Handler) => `trigger:${h.mod.uri}:${h.start}`;
  for (const h of handlers)
    flow.nodes.push({
      id: triggerId(h),
      label: `${h.label} (${fileName(h.mod.uri)}:${line(h.mod, h.start)})`,
      kind: 'trigger',
      ref: at(h.mod, h.start, h.end),
    });
  let traced = 0;
  const pending: { node: FlowNode; call: LlmCall }[] = [];
  const ordinal = new Map<Module, number>();
  for (const c of calls) {
    const callee = c.call.childForFieldName('function') ?? c.call.childForFieldName('constructor') ?? c.call;
    // Ids by position in the module's list, not by offset: typing above a call keeps its analysis cached.
    const nth = ordinal.get(c.mod) ?? 0;
    ordinal.set(c.mod, nth + 1);
    const node: FlowNode = {
      id: `llm:${c.mod.uri}#${nth}`,
      label: `${callee.text.replace(/\s+/g, '')}() (${fileName(c.mod.uri)}:${line(c.mod, c.call.startIndex)})`,
      kind: 'llm',
      ref: at(c.mod, callee.startIndex, callee.endIndex),
      attrs: { sdk: c.sdk },
    };
    addPrompt(project, model, node, c);
    node.attrs = { ...node.attrs, ...fixAnchors(c) };
    flow.nodes.push(node);
    const path = traceToHandler(project, c.mod, c.call, handlers);
    if (!path) {
      pending.push({ node, call: c });
      continue;
    }
    traced++;
    let prev = triggerId(path.handler);
    const entry = path.hops[0]?.node ?? c.call;
    const router = fallbackRouter(path.handler, entry);
    if (router) {
      const id = `router:${path.handler.mod.uri}:${router.startIndex}`;
      if (!flow.nodes.some((n) => n.id === id))
        flow.nodes.push({
          id,
          label: `routing on \`${router.text.slice(0, 50)}\``,
          kind: 'router',
          ref: at(path.handler.mod, router.startIndex, router.endIndex),
        });
      flow.edges.push({ from: prev, to: id });
      prev = id;
      node.role = 'fallback';
    }
    for (const hop of path.hops) {
      const id = `hop:${hop.mod.uri}:${hop.node.startIndex}`;
      if (!flow.nodes.some((n) => n.id === id))
        flow.nodes.push({
          id,
          label: hop.label,
          kind: 'other',
          ref: at(hop.mod, hop.node.startIndex, hop.node.endIndex),
          ...(router ? { role: 'fallback' as const } : {}),
        });
      flow.edges.push({ from: prev, to: id });
      prev = id;
    }
    flow.edges.push({ from: prev, to: node.id });
  }
  // Nothing traced from a handler (dynamic dispatch, a framework in between): in a WhatsApp project the
  // model calls serve the bot, so each handler is linked to them directly.
  if (!traced)
    for (const p of pending)
      for (const h of handlers)
        flow.edges.push({ from: triggerId(h), to: p.node.id, label: 'same project (path not traced)' });
  addHumans(project, flow, handlers.map(triggerId), at);
  for (const n of flow.nodes)
    if (n.kind === 'llm' && n.prompt === undefined && typeof n.attrs?.unknown === 'string') {
      n.kind = 'other';
      if (flow.edges.some((e) => e.to === n.id))
        model.notes.push({ kind: 'code-unresolved-prompt', ref: n.ref, detail: n.attrs.unknown });
    }
  for (const c of calls) {
    const modelArg = c.call.childForFieldName('arguments')?.text.match(/model['"]?\s*[:=]\s*['"]([^'"]+)['"]/)?.[1];
    model.models.push({
      provider: normaliseProvider(c.sdk === 'gemini' ? 'google' : c.sdk.replace(/-.*/, ''), modelArg) ?? 'other',
      model: modelArg,
      ref: at(c.mod, c.call.startIndex, c.call.startIndex + 1),
    });
  }
  model.whatsapp = flow.nodes.find((n) => n.kind === 'trigger')?.ref;
  model.flow = flow;
  return model;
}

const SYSTEM_KEY: Record<string, string> = {
  anthropic: 'system',
  'vercel-ai': 'system',
  'openai-responses': 'instructions',
  agents: 'instructions',
  'semantic-kernel': 'instructions',
  ollama: 'system',
};

/** Where fixes can insert a system message, a system argument or a tools argument (same file only). */
function fixAnchors(c: LlmCall): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { python: c.mod.python };
  const own = (n: LlmCall['messagesList']) => n && c.mod.text.slice(n.startIndex, n.endIndex) === n.text;
  const argsList = c.call.childForFieldName('arguments');
  const argsAt = c.mod.python
    ? argsList
      ? argsList.startIndex + 1
      : undefined
    : own(c.argsObject)
      ? c.argsObject!.startIndex + 1
      : undefined;
  if (c.system === 'none') {
    if (own(c.messagesList) && c.messagesList!.text.length > 2)
      Object.assign(out, { insertSystemAt: c.messagesList!.startIndex + 1, insertAs: 'message' });
    else if (argsAt !== undefined && SYSTEM_KEY[c.sdk])
      Object.assign(out, { insertSystemAt: argsAt, insertAs: 'argument', systemKey: SYSTEM_KEY[c.sdk] });
  }
  if (argsAt !== undefined && !/\btools\b/.test(argsList?.text ?? '')) out.insertToolAt = argsAt;
  return out;
}

function addPrompt(project: CodeProject, model: BotModel, node: FlowNode, c: LlmCall): void {
  if (c.system === 'none') return;
  if ('unknown' in c.system) {
    node.attrs = { ...node.attrs, unknown: c.system.unknown };
    return;
  }
  const pieces = c.system.pieces;
  const main =
    pieces.reduce(
      (best, p) => (p.literal && p.text.length > (best?.text.length ?? -1) ? p : best),
      undefined as Piece | undefined,
    ) ?? pieces[0];
  const text: MappedText = {
    uri: main.uri,
    text: pieces.map((p) => p.text).join(''),
    toSource: (i) => offsetAt(pieces, main, i),
  };
  codeLiterals.set(text, pieces);
  model.prompts.push({
    id: `code:${node.id}`,
    label: `${c.inUserTurn ? 'instructions in the user turn' : 'system prompt'} of ${node.label}`,
    role: c.inUserTurn ? 'template' : 'system',
    text,
    variables: {},
    // A prompt in a file that is not linted on its own (constants module, .txt, .env.example) is reported on the call.
    external: !(project.modules.has(main.uri) && markedFile(toPath(main.uri), project.files.get(main.uri) ?? '')),
  });
  node.prompt = model.prompts.length - 1;
}

function offsetAt(pieces: Piece[], main: Piece, i: number): number {
  let pos = 0;
  for (const p of pieces) {
    if (i < pos + p.text.length) return p.uri === main.uri ? p.offsets[i - pos] : (main.offsets[0] ?? 0);
    pos += p.text.length;
  }
  const last = [...pieces].reverse().find((p) => p.uri === main.uri) ?? main;
  return (last.offsets[last.offsets.length - 1] ?? 0) + 1;
}

function addHumans(
  project: CodeProject,
  flow: { nodes: FlowNode[]; edges: FlowEdge[] },
  triggers: string[],
  at: (m: Module, s: number, e: number) => SourceRef,
): void {
  for (const mod of project.modules.values()) {
    for (const [re, what] of [
      [CODE_DATA.helpdesk, 'helpdesk handoff'],
      [CODE_DATA.handoffTool, 'handoff tool'],
      [CODE_DATA.staff, 'forward to staff'],
    ] as const) {
      re.lastIndex = 0;
      const m = re.exec(mod.text);
      if (!m) continue;
      const id = `human:${mod.uri}:${m.index}`;
      flow.nodes.push({
        id,
        label: `${what} \`${m[0].slice(0, 40)}\` (${fileName(mod.uri)})`,
        kind: 'human',
        ref: at(mod, m.index, m.index + m[0].length),
      });
      for (const t of triggers) flow.edges.push({ from: t, to: id });
    }
  }
}

/** The transport the project uses (code files and manifests), or undefined when it is not a WhatsApp bot. */
function whatsappEvidence(project: CodeProject): { mod?: Module; index: number; id: string } | undefined {
  for (const mod of project.modules.values()) {
    for (const t of CODE_DATA.transports) {
      const m = t.evidence.exec(mod.text);
      if (m) return { mod, index: m.index, id: t.id };
    }
    for (const c of CODE_DATA.combined) {
      const hits = c.all.map((re) => re.exec(mod.text));
      if (hits.every(Boolean)) return { mod, index: hits[0]!.index, id: c.id };
    }
  }
  for (const name of ENV_EXAMPLES) {
    const text = project.files.get(join(project.root, name));
    const t = text && CODE_DATA.transports.find((x) => x.evidence.test(text));
    if (t) return { index: 0, id: t.id };
  }
  for (const name of MANIFESTS) {
    const text = project.files.get(join(project.root, name));
    if (!text) continue;
    const deps =
      name === 'package.json'
        ? Object.keys({ ...safeJson(text).dependencies, ...safeJson(text).devDependencies })
        : text.split(/\r?\n/).map((l) =>
            l
              .trim()
              .split(/[\s=<>~![;"',]/)[0]
              .toLowerCase(),
          );
    const hit = deps.find((d) => CODE_DATA.dependencies.has(d));
    if (hit) return { index: 0, id: hit };
  }
  return undefined;
}

function safeJson(text: string): { dependencies?: Record<string, string>; devDependencies?: Record<string, string> } {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

/** Files the workspace config declares to be WhatsApp bots (`code: { whatsapp: [globs] }`). */
function declaredWhatsApp(project: CodeProject): (uri: string) => boolean {
  const configUri = [...project.files.keys()].find((u) => u.endsWith('/.wa-policy.yaml'));
  if (!configUri) return () => false;
  let globs: unknown;
  try {
    globs = (parseYaml(project.files.get(configUri) ?? '') as { code?: { whatsapp?: unknown } } | null)?.code?.whatsapp;
  } catch {
    return () => false;
  }
  if (!Array.isArray(globs) || !globs.length) return () => false;
  const match = picomatch(
    globs.filter((g): g is string => typeof g === 'string'),
    { dot: true },
  );
  const base = toPath(configUri.slice(0, configUri.lastIndexOf('/'))) + '/';
  return (uri) => match(toPath(uri).replace(base, ''));
}

/** No handler found: the transport evidence (or each declared file) stands for where messages enter. */
function syntheticHandlers(
  project: CodeProject,
  evidence: ReturnType<typeof whatsappEvidence>,
  declared: Module[],
): Handler[] {
  const out: Handler[] = declared.map((mod) => ({
    mod,
    region: mod.tree.rootNode,
    start: 0,
    end: Math.max(1, mod.text.indexOf('\n')),
    label: 'WhatsApp bot file (declared in .wa-policy.yaml)',
  }));
  if (evidence?.mod) {
    const mod = evidence.mod;
    out.push({
      mod,
      region: mod.tree.rootNode,
      start: evidence.index,
      end: evidence.index + 1 + (mod.text.slice(evidence.index).search(/['"\s)]|$/) || 1),
      label: `WhatsApp transport ${evidence.id}`,
    });
  }
  void project;
  return out;
}
