/**
 * Kotlin bots (Ktor, Spring Boot in Kotlin) read with the light scanner: no Kotlin grammar ships with the
 * tree-sitter wasm files we bundle. What is read: the WhatsApp transport (the same evidence patterns as the other
 * languages), webhook routes (Ktor `post("/…")`, `@PostMapping`), model calls by their URL literal (the `hosts` of
 * llms.yaml) or the openai-kotlin client (`chatCompletion(`), the system message they send (`Msg("system", s)`,
 * `"role" to "system", "content" to s`, `put("content", s)` after `put("role", "system")`,
 * `ChatMessage(role = ChatRole.System, content = s)`), its value through constants, functions and one hop to the
 * callers of the enclosing function, and handoffs by the shared patterns outside comments. What is not read: paths
 * from a route to a call (each route is linked to each call), stub handoff functions, fixes inside Kotlin literals.
 */
import type { BotModel, FlowEdge, FlowNode } from '../../model/types';
import type { ProjectFile } from '../types';
import { normaliseProvider } from '../shared/providers';
import { CODE_DATA } from './data';
import { scanKotlin, expressionEnd, type KtFile } from './kotlin-scan';
import { KtProject, type KtResolved } from './kotlin-values';
import { KOTLIN_FILE } from './language';
import { piecesText } from './prompt-node';

const SYSTEM_VALUE = [
  /\b\w+\s*\(\s*"system"\s*,\s*/g,
  /"role"\s*(?:to|,)\s*"system"\s*\)?\s*[,;\n]\s*(?:put\s*\(\s*)?"content"\s*(?:to|,)\s*/g,
  /\brole\s*=\s*(?:"system"|ChatRole\.System)\s*,\s*content\s*=\s*/g,
  /\bChatMessage\s*\(\s*ChatRole\.System\s*,\s*/g,
];
const USER_ROLE = /"user"|ChatRole\.User|\b\w+\s*\(\s*"user"\s*,/;
const OPENAI_KOTLIN = /\.chatCompletions?\s*\(/g;
const ROUTE = /\bpost\s*\(\s*"(\/[^"\n]*)"|@PostMapping\b/g;

/** The bot model of a project's Kotlin files, or undefined when they hold no WhatsApp bot. */
export function kotlinModel(model: BotModel, files: ProjectFile[]): BotModel | undefined {
  const kt = files.filter((f) => KOTLIN_FILE.test(f.uri)).map((f) => scanKotlin(f.uri, f.text));
  if (!kt.length) return undefined;
  const transport = kt.flatMap((f) => {
    const t = CODE_DATA.transports.find((x) => x.evidence.test(f.noComments));
    return t ? [{ f, id: t.id, index: f.noComments.search(t.evidence) }] : [];
  })[0];
  if (!transport) return undefined;
  const project = new KtProject(kt);
  const calls = kt.flatMap((f) => llmCalls(f));
  if (!calls.length) return undefined;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const at = (f: KtFile, start: number, end: number) => ({
    uri: f.uri,
    span: { start, end: Math.max(end, start + 1) },
  });
  const routes = kt.flatMap((f) => [...f.code.matchAll(ROUTE)].map((m) => ({ f, m })));
  const triggers = routes.length
    ? routes.map(({ f, m }) => ({
        id: `trigger:${f.uri}:${m.index}`,
        label: `webhook ${m[1] ?? '@PostMapping'}`,
        ref: at(f, m.index, m.index + m[0].length),
      }))
    : [
        {
          id: `trigger:${transport.f.uri}:${transport.index}`,
          label: `WhatsApp transport ${transport.id}`,
          ref: at(transport.f, transport.index, transport.index + 1),
        },
      ];
  for (const t of triggers)
    nodes.push({ id: t.id, label: `${t.label} (${name(t.ref.uri)})`, kind: 'trigger', ref: t.ref });
  calls.forEach((c, nth) => {
    const node: FlowNode = {
      id: `llm:${c.f.uri}#${nth}`,
      label: `${c.label} (${name(c.f.uri)})`,
      kind: 'llm',
      ref: at(c.f, c.start, c.end),
      attrs: { sdk: 'openai' },
    };
    const system = systemOf(project, c.f, c.start);
    if (system && 'pieces' in system) {
      model.prompts.push({
        id: `code:${node.id}`,
        label: `system prompt of ${node.label}`,
        role: 'system',
        text: piecesText(system.pieces),
        variables: {},
        external: true,
      });
      node.prompt = model.prompts.length - 1;
    } else if (system) {
      node.kind = 'other';
      model.notes.push({ kind: 'code-unresolved-prompt', ref: node.ref, detail: system.unknown });
    }
    nodes.push(node);
    for (const t of triggers) edges.push({ from: t.id, to: node.id, label: 'same project (path not traced)' });
    model.models.push({ provider: normaliseProvider('openai', undefined) ?? 'other', ref: node.ref });
  });
  for (const h of handoffs(kt)) {
    nodes.push({
      id: `human:${h.f.uri}:${h.index}`,
      label: `${h.what} \`${h.text.slice(0, 40)}\` (${name(h.f.uri)})`,
      kind: 'human',
      ref: at(h.f, h.index, h.index + h.text.length),
    });
    for (const t of triggers) edges.push({ from: t.id, to: `human:${h.f.uri}:${h.index}` });
  }
  model.whatsapp = triggers[0].ref;
  model.flow = { nodes, edges };
  return model;
}

const name = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/** Model calls of a file: a string literal naming a model API, or the openai-kotlin client's chat call. */
function llmCalls(f: KtFile): { f: KtFile; start: number; end: number; label: string }[] {
  const out: { f: KtFile; start: number; end: number; label: string }[] = [];
  for (const s of f.strings.values()) {
    const text = f.text.slice(s.start, s.end);
    const hosts = CODE_DATA.hosts;
    hosts.lastIndex = 0;
    if (hosts.test(text))
      out.push({ f, start: s.start, end: s.end, label: `HTTP call to ${text.slice(1, 60).replace(/"+$/, '')}` });
  }
  for (const m of f.code.matchAll(OPENAI_KOTLIN))
    out.push({ f, start: m.index + 1, end: m.index + m[0].length - 1, label: 'chatCompletion()' });
  return out;
}

/**
 * The system message the call's function sends: undefined when it sends none (the user's text goes alone), the
 * value when it can be read, else why not. A parameter of the function is followed to what its callers pass.
 */
function systemOf(project: KtProject, f: KtFile, offset: number): KtResolved | undefined {
  const fn = project.enclosing(f, offset);
  const region = fn ? fn.body : { start: 0, end: f.code.length };
  const body = f.code.slice(region.start, region.end);
  for (const re of SYSTEM_VALUE) {
    re.lastIndex = 0;
    const m = re.exec(body);
    if (!m) continue;
    const start = region.start + m.index + m[0].length;
    const end = expressionEnd(f.code, start);
    const value = f.code.slice(start, end).trim();
    if (fn && fn.params.includes(value)) {
      for (const b of project.callers(fn)) {
        const r = project.resolve(f, start, end, b);
        if ('pieces' in r) return r;
      }
      return {
        unknown: `the parameter \`${value}\` of ${fn.name}(), whose callers pass no value the Kotlin reader can follow`,
      };
    }
    return project.resolve(f, start, end);
  }
  if (!USER_ROLE.test(body))
    return { unknown: 'the messages of a Kotlin call that the light scanner cannot read (no role literal)' };
  return undefined;
}

/** Handoffs by the shared patterns (helpdesk APIs, handoff tools, sends to staff) outside comments. */
function handoffs(kt: KtFile[]): { f: KtFile; index: number; text: string; what: string }[] {
  const out: { f: KtFile; index: number; text: string; what: string }[] = [];
  for (const f of kt)
    for (const [re, what] of [
      [CODE_DATA.helpdesk, 'helpdesk handoff'],
      [CODE_DATA.handoffTool, 'handoff tool'],
      [CODE_DATA.staff, 'forward to staff'],
    ] as const) {
      re.lastIndex = 0;
      const m = re.exec(f.noComments);
      if (m) out.push({ f, index: m.index, text: m[0], what });
    }
  return out;
}
