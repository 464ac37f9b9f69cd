/**
 * The code adapter: a project's WhatsApp handlers, LLM calls and handoffs as one bot model. Triggers are
 * the handlers, `llm` nodes the calls (prompt = the resolved system prompt), `human` nodes the handoffs;
 * the hops between them are the functions that carry the message (for the hover's path).
 */
import { emptyModel, type BotModel, type FlowEdge, type FlowNode, type SourceRef } from '../../model/types';
import type { ProjectFile } from '../types';
import { normaliseProvider } from '../shared/providers';
import { CODE_DATA } from './data';
import { CODE_FILE } from './language';
import { declaredWhatsApp, syntheticHandlers, templateNotifierOnly, whatsappEvidence } from './evidence';
import { handoffReached } from './handoff-reach';
import { keywordHandoff } from './keyword-handoff';
import { kotlinModel } from './kotlin';
import { markCodeMarkers } from './marker-handoff';
import { addPrompt, fixAnchors } from './prompt-node';
import { holdingTrees, pinningTrees, pinTree } from './parser';
import { CodeProject, type Module } from './project-model';
import { fallbackRouter, fileName, findHandlers, traceToHandler, type Handler } from './reach';
import { llmCalls, type LlmCall } from './sites';
import { unparsedIssues } from './unparsed';

type Flow = { nodes: FlowNode[]; edges: FlowEdge[] };

/** A test file by its name or folder below the project root (`tests/`, `__tests__/`, `test_x.py`, `x.test.ts`). */
const TEST_CODE =
  /\/(?:tests?|__tests__|spec)\/|\/(?:test_[^/]*|[^/]*_test|conftest)\.py$|\.(?:test|spec)\.[mc]?[jt]sx?$|_spec\.rb$/;
type At = (mod: Module, start: number, end: number) => SourceRef;

/** What linking the calls needs: the model being built, the handlers, and source positions. */
interface Build {
  project: CodeProject;
  model: BotModel;
  flow: Flow;
  handlers: Handler[];
  at: At;
  line: (mod: Module, offset: number) => number;
}

/** 1-based line of an offset (a few labels per project: counting newlines beats indexing a large file). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const triggerId = (h: Handler) => `trigger:${h.mod.uri}:${h.start}`;

/**
 * The bot model of a code project. Bounded for any number of files: at most a few hundred syntax trees are kept
 * (the parser's cache re-parses an evicted one on demand); the trees of handler modules are pinned for the
 * whole analysis (their regions are compared with every call's path), and each module's calls are read, resolved
 * and linked inside one `holdingTrees` scope, so only the trees they touch live meanwhile.
 */
export function parseCodeProject(root: string, files: ProjectFile[]): BotModel {
  const model = pinningTrees(() => buildModel(root, files));
  // No bot in the parsed languages: the project's Kotlin files, read with the light scanner.
  return model.flow?.nodes.length ? model : (kotlinModel(model, files) ?? model);
}

/** Handlers of a module, their tree pinned (a handler's region is a node). */
function pinnedHandlers(found: () => Handler[]): Handler[] {
  return holdingTrees(() => {
    const hs = found();
    for (const h of hs) pinTree(h.mod.uri);
    return hs;
  });
}

function buildModel(root: string, files: ProjectFile[]): BotModel {
  const main = files.find((f) => CODE_FILE.test(f.uri))?.uri ?? files[0]?.uri ?? root;
  const model = emptyModel('code', main);
  model.files = files.map((f) => f.uri);
  const project = new CodeProject(root, new Map(files.map((f) => [f.uri, f.text])));
  model.issues.push(...unparsedIssues(project));
  const declared = declaredWhatsApp(project);
  const evidence = whatsappEvidence(project);
  // Test code (a test posting fake webhook payloads, a test calling a stub model) is no handler and no model call.
  const mods = [...project.modules.values()].filter(
    (m) => !(m.uri.startsWith(`${root}/`) && TEST_CODE.test(m.uri.slice(root.length))),
  );
  let handlers = mods
    .filter((m) => evidence !== undefined || declared(m.uri))
    .flatMap((m) => pinnedHandlers(() => findHandlers(m)));
  const callMods = mods.filter((m) => holdingTrees(() => llmCalls(project, m).length > 0));
  if (!callMods.length || (!evidence && !mods.some((m) => declared(m.uri)))) return model;
  // Outbound template notices only (a lead alert), no message read: not a bot answering users.
  if (!handlers.length && !mods.some((m) => declared(m.uri)) && templateNotifierOnly(project, evidence)) return model;
  if (!handlers.length)
    handlers = pinnedHandlers(() =>
      syntheticHandlers(
        project,
        evidence,
        mods.filter((m) => declared(m.uri)),
      ),
    );
  if (!handlers.length) return model;
  const b: Build = {
    project,
    model,
    flow: { nodes: [], edges: [] },
    handlers,
    at: (mod, start, end) => ({ uri: mod.uri, span: { start, end: Math.max(end, start + 1) } }),
    line: (mod, offset) => lineAt(mod.text, offset),
  };
  for (const h of handlers)
    b.flow.nodes.push({
      id: triggerId(h),
      label: `${h.label} (${fileName(h.mod.uri)}:${b.line(h.mod, h.start)})`,
      kind: 'trigger',
      ref: b.at(h.mod, h.start, h.end),
    });
  linkCalls(b, callMods);
  addHumans(project, b.flow, handlers.map(triggerId), b.at);
  markToolHandoffs(model);
  markCodeMarkers(project, model.prompts);
  noteUnknownPrompts(b);
  model.whatsapp = b.flow.nodes.find((n) => n.kind === 'trigger')?.ref;
  model.flow = b.flow;
  return model;
}

/**
 * One `llm` node per call, linked to the handler it is reached from (or to every handler when none is traced).
 * A module's calls are read again here, inside one scope that keeps the trees they touch alive.
 */
function linkCalls(b: Build, callMods: Module[]): void {
  const state = { traced: 0, pending: [] as FlowNode[] };
  for (const mod of callMods)
    holdingTrees(() => llmCalls(b.project, mod).forEach((c, nth) => linkCall(b, c, nth, state)));
  // Nothing traced from a handler (dynamic dispatch, a framework in between): in a WhatsApp project the
  // model calls serve the bot, so each handler is linked to them directly.
  if (!state.traced)
    for (const node of state.pending)
      for (const h of b.handlers)
        b.flow.edges.push({ from: triggerId(h), to: node.id, label: 'same project (path not traced)' });
}

function linkCall(b: Build, c: LlmCall, nth: number, state: { traced: number; pending: FlowNode[] }): void {
  // A PHP method call has no `function` field: from its start to the arguments (`OpenAI::chat()->create`).
  const args = c.call.childForFieldName('arguments');
  const callee = c.call.childForFieldName('function') ??
    c.call.childForFieldName('constructor') ?? {
      text: args ? c.call.text.slice(0, args.startIndex - c.call.startIndex) : c.call.text,
      startIndex: c.call.startIndex,
      endIndex: args?.startIndex ?? c.call.endIndex,
    };
  // Ids by position in the module's list, not by offset: typing above a call keeps its analysis cached.
  const node: FlowNode = {
    id: `llm:${c.mod.uri}#${nth}`,
    label: `${callee.text.replace(/\s+/g, '')}() (${fileName(c.mod.uri)}:${b.line(c.mod, c.call.startIndex)})`,
    kind: 'llm',
    ref: b.at(c.mod, callee.startIndex, callee.endIndex),
    attrs: { sdk: c.sdk },
  };
  addPrompt(b.project, b.model, node, c);
  node.attrs = { ...node.attrs, ...fixAnchors(c) };
  b.flow.nodes.push(node);
  if (linkPath(b, c, node)) state.traced++;
  else state.pending.push(node);
  addModel(b, c);
}

/** The path from a handler to the call: a routing node when the call is the else branch, then each hop. */
function linkPath(b: Build, c: LlmCall, node: FlowNode): boolean {
  const path = traceToHandler(b.project, c.mod, c.call, b.handlers);
  if (!path) return false;
  const { flow, at } = b;
  let prev = triggerId(path.handler);
  const router = fallbackRouter(path.handler, path.hops[0]?.node ?? c.call);
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
  return true;
}

/** A call whose instructions cannot be read is no judged LLM node; a reached one gets an info note. */
function noteUnknownPrompts(b: Build): void {
  for (const n of b.flow.nodes)
    if (n.kind === 'llm' && n.prompt === undefined && typeof n.attrs?.unknown === 'string') {
      n.kind = 'other';
      if (b.flow.edges.some((e) => e.to === n.id))
        b.model.notes.push({ kind: 'code-unresolved-prompt', ref: n.ref, detail: n.attrs.unknown });
    }
}

function addModel(b: Build, c: LlmCall): void {
  const modelArg = c.call.childForFieldName('arguments')?.text.match(/model['"]?\s*[:=]\s*['"]([^'"]+)['"]/)?.[1];
  b.model.models.push({
    provider: normaliseProvider(c.sdk === 'gemini' ? 'google' : c.sdk.replace(/-.*/, ''), modelArg) ?? 'other',
    model: modelArg,
    ref: b.at(c.mod, c.call.startIndex, c.call.startIndex + 1),
  });
}

/**
 * A prompt that hands over by calling a tool it names (`use the escalate_to_human tool`) reaches a person only
 * through that tool: when the project defines it as code that runs, the tool is a human node of the flow; a tool
 * commented out, never given to the model or whose body only logs leaves the prompt's promise hollow.
 */
function markToolHandoffs(model: BotModel): void {
  const tool = new RegExp(CODE_DATA.handoffTool.source, CODE_DATA.handoffTool.flags.replace('g', ''));
  for (const p of model.prompts) if (tool.test(p.text.text)) p.handoffByFlow = true;
}

/** Each handoff in the project (helpdesk API, handoff tool, forward to staff), reachable from every handler. */
function addHumans(project: CodeProject, flow: Flow, triggers: string[], at: At): void {
  for (const mod of project.modules.values()) holdingTrees(() => addModuleHumans(project, mod, flow, triggers, at));
}

/** The first match of a handoff pattern that is code that runs (not a comment, not an unused stub). */
function firstReached(project: CodeProject, mod: Module, re: RegExp): RegExpExecArray | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(mod.text), i = 0; m && i < 50; m = re.global ? re.exec(mod.text) : null, i++) {
    if (handoffReached(project, mod, m.index, m[0].length)) return m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return undefined;
}

function addModuleHumans(project: CodeProject, mod: Module, flow: Flow, triggers: string[], at: At): void {
  for (const [re, what] of [
    [CODE_DATA.helpdesk, 'helpdesk handoff'],
    [CODE_DATA.handoffTool, 'handoff tool'],
    [CODE_DATA.staff, 'forward to staff'],
  ] as const) {
    const m = firstReached(project, mod, re);
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
  const k = keywordHandoff(project, mod);
  if (k) {
    const id = `human:${mod.uri}:${k.condition.startIndex}`;
    flow.nodes.push({
      id,
      label: `keyword handoff \`${k.condition.text.slice(0, 40)}\` → \`${k.send.text.slice(0, 40)}\` (${fileName(mod.uri)})`,
      kind: 'human',
      ref: at(mod, k.condition.startIndex, k.condition.endIndex),
    });
    for (const t of triggers) flow.edges.push({ from: t, to: id });
  }
}
