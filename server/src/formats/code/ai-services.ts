/**
 * Declarative AI services (LangChain4j): an interface given to `AiServices.create(Assistant.class, model)` or
 * `AiServices.builder(Assistant.class)…build()` is the LLM client, and each call of one of its methods
 * (`assistant.chat(text)`) is an LLM call. Its instructions are the method's `@SystemMessage("…")` (several strings
 * joined by new lines, or `fromResource = "/prompts/system.txt"`), else the builder's `systemMessageProvider(id -> S)`;
 * a method with neither sends the user text alone. The factory and annotation names are data (`services` in llms.yaml).
 */
import { CODE_DATA, type AiService } from './data';
import { projectClass, resourceFile } from './java-ruby-values';
import type { Node } from './parser';
import { unknown, type Piece, type Resolved } from './pieces';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { resolveText } from './resolve';
import type { LlmCall } from './system-prompt';
import { callAround } from './syntax';

interface ServiceMethod {
  /** The method's own instructions, or the builder's provider; undefined when it has none. */
  system: { mod: Module; node: Node; kind: 'annotation' | 'provider' } | undefined;
}

/** Calls of AI-service interface methods in a Java module. */
export function aiServiceCalls(project: CodeProject, mod: Module): LlmCall[] {
  if (mod.lang !== 'java') return [];
  const out: LlmCall[] = [];
  for (const service of CODE_DATA.services) {
    const interfaces = serviceInterfaces(project, service);
    for (const [iface, methods] of interfaces) {
      // The module must hold a value of the interface's type (a field, a parameter, a local).
      const typed = new RegExp(`(?<![\\w.])${escapeRegex(iface)}\\s+(\\w+)\\s*[;,)=]`, 'g');
      const holders = new Set([...mod.text.matchAll(typed)].map((m) => m[1]));
      if (!holders.size) continue;
      const names = [...methods.keys()].map(escapeRegex).join('|');
      for (const { node } of nodesAt(mod, new RegExp(`\\.\\s*(?:${names})\\s*\\(`, 'g'))) {
        const call = callAround(node);
        if (call?.type !== 'method_invocation') continue;
        const obj = call.childForFieldName('object');
        const holder = obj?.type === 'field_access' ? obj.childForFieldName('field')?.text : obj?.text;
        const method = methods.get(call.childForFieldName('name')?.text ?? '');
        if (!method || !holder || !holders.has(holder)) continue;
        out.push({ mod, call, site: undefined, sdk: service.sdk, system: systemOf(project, method) });
      }
    }
  }
  return out;
}

/** The interfaces the project hands to the service factory, with their methods. */
function serviceInterfaces(project: CodeProject, service: AiService): Map<string, Map<string, ServiceMethod>> {
  const out = new Map<string, Map<string, ServiceMethod>>();
  const factory = new RegExp(`${service.factory.source}\\s*\\(\\s*(\\w+)\\.class`, 'g');
  for (const m of project.modules.values()) {
    if (m.lang !== 'java') continue;
    for (const hit of m.text.matchAll(factory)) {
      const name = hit[1];
      if (out.has(name)) continue;
      const decl = projectClass(project, m, name);
      if (!decl || decl.node.type !== 'interface_declaration') continue;
      const provider = builderProvider(m, hit.index ?? 0, service);
      const methods = new Map<string, ServiceMethod>();
      for (const md of decl.node.descendantsOfType('method_declaration')) {
        const id = md?.childForFieldName('name')?.text;
        if (!md || !id) continue;
        const ann = annotation(md, service.annotation);
        methods.set(id, {
          system: ann ? { mod: decl.mod, node: ann, kind: 'annotation' } : provider,
        });
      }
      if (methods.size) out.set(name, methods);
    }
  }
  return out;
}

/** The method's annotation named `name` (`@SystemMessage(…)`). */
function annotation(method: Node, name: string): Node | undefined {
  const mods = method.namedChildren.find((c) => c?.type === 'modifiers');
  return (
    mods?.namedChildren.find((a) => !!a && /annotation$/.test(a.type) && a.childForFieldName('name')?.text === name) ??
    undefined
  );
}

/** `AiServices.builder(X.class)….systemMessageProvider(id -> S)…build()`: the provider's lambda body. */
function builderProvider(mod: Module, at: number, service: AiService): ServiceMethod['system'] {
  if (!service.provider) return undefined;
  const node = mod.tree.rootNode.descendantForIndex(at);
  let top: Node | null = (node && callAround(node)) ?? null;
  while (top?.parent?.type === 'method_invocation' && top.parent.childForFieldName('object')?.equals(top))
    top = top.parent;
  for (let p: Node | null = top; p?.type === 'method_invocation'; p = p.childForFieldName('object')) {
    if (p.childForFieldName('name')?.text !== service.provider) continue;
    const arg = p.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
    const body = arg?.type === 'lambda_expression' ? arg.childForFieldName('body') : arg;
    if (body) return { mod, node: body, kind: 'provider' };
  }
  return undefined;
}

function systemOf(project: CodeProject, method: ServiceMethod): Resolved | 'none' {
  const s = method.system;
  if (!s) return 'none';
  if (s.kind === 'provider') return resolveText(project, s.mod, s.node);
  const args = s.node.childForFieldName('arguments');
  const pairs = new Map<string, Node>();
  let value: Node | undefined;
  for (const a of args?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'element_value_pair') {
      const k = a.childForFieldName('key')?.text;
      const v = a.childForFieldName('value');
      if (k && v) pairs.set(k, v);
    } else value ??= a;
  }
  value ??= pairs.get('value');
  const resource = pairs.get('fromResource');
  if (resource) {
    const path = resource.descendantsOfType('string_fragment')[0]?.text ?? '';
    return resourceFile(project, path) ?? unknown(`the resource ${path} (not found in the project)`);
  }
  if (!value) return unknown('a @SystemMessage without text');
  if (value.type !== 'element_value_array_initializer') return resolveText(project, s.mod, value);
  // `@SystemMessage({"…", "…"})`: the strings joined by the default delimiter, a new line.
  const pieces: Piece[] = [];
  for (const item of value.namedChildren) {
    if (!item || item.type === 'comment') continue;
    const r = resolveText(project, s.mod, item);
    if ('unknown' in r) return r;
    if (pieces.length) pieces.push({ text: '\n', uri: s.mod.uri, offsets: [item.startIndex] });
    pieces.push(...r.pieces);
  }
  return pieces.length ? { pieces } : unknown('an empty @SystemMessage');
}
