/** Finds, in one module, the LLM calls (SDK calls and raw HTTP to model APIs) and reads their system prompt. */
import { CODE_DATA, type LlmSite } from './data';
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { aiServiceCalls } from './ai-services';
import { literalValue, readPrompt, siblingSystem, type LlmCall, type Ref } from './system-prompt';

export type { LlmCall } from './system-prompt';
import {
  callArgs,
  calleeText,
  callAround,
  entries,
  enclosingFunction,
  items,
  isCall,
  topStatement,
  unwrap,
  type Args,
} from './syntax';

/** A call of one of the names in the LLM call patterns (generic type arguments allowed); built on first use. */
let callName: RegExp | undefined;
const callNamePattern = () =>
  (callName ??= new RegExp(`(?<![\\w$])(${[...CODE_DATA.callWords].join('|')})\\s*(?:<[^<>()\\n]*>)?\\s*\\(`, 'g'));

/** Every LLM call of a module. */
export function llmCalls(project: CodeProject, mod: Module): LlmCall[] {
  const out: LlmCall[] = [];
  const seen = new Set<number>();
  const sites = CODE_DATA.sites.filter((s) => !s.imports || s.imports.test(mod.text));
  const pattern = callNamePattern();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(mod.text); m; m = pattern.exec(mod.text)) {
    if (!CODE_DATA.callWords.has(m[1])) continue;
    const node = mod.tree.rootNode.descendantForIndex(m.index, m.index + m[1].length - 1);
    const call = node && callAround(node);
    if (!call || seen.has(call.startIndex)) continue;
    const callee = calleeText(call);
    const site = sites.find(
      (s) =>
        s.call.test(callee) &&
        accepts(project, mod, s, callArgs(call)) &&
        (!s.receiver || receiverIs(project, call, s.receiver)),
    );
    if (!site) continue;
    seen.add(call.startIndex);
    out.push(readSite(project, mod, call, site));
  }
  const http = (at: { node: Node }[]): void => {
    for (const { node } of at)
      for (const call of httpCalls(mod, node)) {
        if (seen.has(call.startIndex)) continue;
        seen.add(call.startIndex);
        out.push(readHttp(project, mod, call));
      }
  };
  http(nodesAt(mod, CODE_DATA.hosts));
  // A path relative to a client's base URL (`$http->post('chat/completions', …)` on a Guzzle client made with
  // `base_uri => 'https://api.deepseek.com/'`), when the project names a model API host.
  const basePaths = nodesAt(mod, CODE_DATA.basePaths);
  if (basePaths.length && namesModelHost(project)) http(basePaths);
  for (const c of aiServiceCalls(project, mod)) if (!seen.has(c.call.startIndex)) out.push(c);
  return out;
}

const hostNamed = new WeakMap<CodeProject, boolean>();

/** A file of the project (code, settings, an env example) names a model API host: the base URL of its client. */
function namesModelHost(project: CodeProject): boolean {
  let named = hostNamed.get(project);
  if (named === undefined) {
    named = [...project.files.values()].some((text) => CODE_DATA.baseHosts.test(text));
    hostNamed.set(project, named);
  }
  return named;
}

function accepts(project: CodeProject, mod: Module, site: LlmSite, args: Args): boolean {
  if (site.needsAny && !site.needsAny.some((k) => args.named.has(k))) return false;
  if (site.maxArgs !== undefined && args.positional.length > site.maxArgs) return false;
  if (site.arg0 === 'list') {
    // A message list written at the call or in a variable (`const messages = [new SystemMessage(S), …]`).
    const arg = args.positional[0];
    const list = arg && (items(arg) ?? items(literalValue(project, mod, arg)?.node));
    if (!list) return false;
  }
  return true;
}

/** The object a call is made on is declared with, or created from, one of the classes somewhere in the project. */
function receiverIs(project: CodeProject, call: Node, classes: RegExp): boolean {
  const obj = call.childForFieldName('function')?.childForFieldName('object');
  const name = obj && /([A-Za-z_$][\w$]*)$/.exec(obj.text)?.[1];
  if (!name) return false;
  const re = new RegExp(
    `(?<![\\w$])${escapeRegex(name)}\\s*(?::\\s*|=\\s*(?:await\\s+)?new\\s+)(?:${classes.source})\\b`,
  );
  for (const m of project.modules.values()) if (m.text.includes(name) && re.test(m.text)) return true;
  return false;
}

/** Calls that send to a model URL: the URL literal is an argument, or a constant used as one. */
function httpCalls(mod: Module, urlNode: Node): Node[] {
  const call = callAround(urlNode);
  if (call && servesRoute(call, urlNode)) return [];
  if (call && (call.childForFieldName('arguments')?.startIndex ?? Infinity) <= urlNode.startIndex) return [call];
  const own = callAround(urlNode);
  const decl = topStatement(urlNode);
  const name = assignedName(urlNode) ?? /(?:const|let|var)?\s*([A-Za-z_$][\w$]*)\s*(?::[^=]*)?=/.exec(decl.text)?.[1];
  if (!name) return [];
  return nodesAt(mod, new RegExp(`(?<![\\w.$])${escapeRegex(name)}\\b`, 'g'))
    .map(({ node }) => callAround(node))
    .filter(
      (c): c is Node =>
        !!c && (!own || !c.equals(own)) && (c.childForFieldName('arguments')?.text.includes(name) ?? false),
    );
}

const HANDLER_VALUES = /^(?:arrow_function|function_expression|function|lambda)$/;

/**
 * A route registration for the model API's path: a decorator (`@app.post("/v1/chat/completions")`) or a call given
 * the handler with a path (`app.post('/v1/chat/completions', (req, res) => …)`). It serves the path (a stub of the API), it
 * does not call a model.
 */
function servesRoute(call: Node, urlNode: Node): boolean {
  if (call.parent?.type === 'decorator') return true;
  // A path without a host (a request library's callback is given a full URL: `request.post(URL, cb)`).
  if (!/^\W*\//.test(urlNode.text)) return false;
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  return args.some((a) => !!a && HANDLER_VALUES.test(a.type));
}

const ASSIGNMENTS =
  /^(?:assignment_expression|short_var_declaration|assignment_statement|const_spec|var_spec|const_element)$/;

/** The Go or PHP variable or constant a URL literal is assigned to (`$url = "https://…"`, `url := "…"`). */
function assignedName(urlNode: Node): string | undefined {
  for (let p = urlNode.parent, i = 0; p && i < 4; p = p.parent, i++) {
    if (!ASSIGNMENTS.test(p.type)) continue;
    const left = p.childForFieldName('left') ?? p.childForFieldName('name') ?? p.namedChildren[0];
    const id = left?.type === 'expression_list' ? left.namedChildren[0] : left;
    return id && /^[\w$]+$/.test(id.text) ? id.text : undefined;
  }
  return undefined;
}

function readSite(project: CodeProject, mod: Module, call: Node, site: LlmSite): LlmCall {
  const args = withRequestFields(project, mod, callArgs(call));
  const result: LlmCall = {
    mod,
    call,
    site,
    sdk: site.sdk,
    system: 'none',
    argsObject: unwrap(args.positional.find((a) => unwrap(a)?.type === 'object')),
  };
  for (const key of site.hidden) {
    if (args.named.has(key) && !site.system.some((p) => args.named.has(p.split(/[.[]/)[0]))) {
      // An assistant created by the project itself (`assistants.create(instructions=…)`): its instructions.
      const stored = site.siblingSystem && siblingSystem(project, mod, site.siblingSystem);
      if (stored) return { ...result, system: stored };
      return {
        ...result,
        system: { unknown: `the instructions stored with the ${key} \`${args.named.get(key)!.text}\`` },
      };
    }
  }
  return readPrompt(project, mod, args, result, site.system, site.user, site.messages, site.siblingSystem);
}

/** Go `client.CreateChatCompletion(ctx, req)` with `req := openai.ChatCompletionRequest{…}`: the request's fields. */
function withRequestFields(project: CodeProject, mod: Module, args: Args): Args {
  if (mod.lang !== 'go') return args;
  const named = new Map(args.named);
  for (const a of args.positional) {
    const v = unwrap(a)?.type === 'identifier' ? literalValue(project, mod, a) : undefined;
    if (v?.node.type === 'composite_literal')
      for (const [k, n] of entries(v.node) ?? []) if (!named.has(k)) named.set(k, n);
  }
  return { positional: args.positional, named };
}

function readHttp(project: CodeProject, mod: Module, call: Node): LlmCall {
  const args = callArgs(call);
  const result: LlmCall = { mod, call, site: undefined, sdk: 'http', system: 'none' };
  // PHP cURL and Go requests set the body apart from the URL (`curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($d))`).
  const nearby = mod.lang === 'php' || mod.lang === 'go' || mod.lang === 'java' ? callsAround(call) : [];
  const payload = [...args.positional, ...args.named.values(), ...nearby.flatMap((c) => callArgs(c).positional)]
    .map((a) => payloadOf(project, mod, a))
    .find(Boolean);
  if (!payload) return { ...result, system: { unknown: 'the request body (built at run time)' } };
  const named = entries(payload.node) ?? new Map<string, Node>();
  return readPrompt(
    project,
    payload.mod,
    { positional: [], named },
    { ...result, argsObject: payload.node },
    CODE_DATA.httpSystem,
    CODE_DATA.httpUser,
    'messages',
  );
}

/** The other calls of the function (or file) a call is in. */
function callsAround(call: Node): Node[] {
  const scope = enclosingFunction(call) ?? call.tree.rootNode;
  return scope
    .descendantsOfType(['function_call_expression', 'member_call_expression', 'call_expression', 'method_invocation'])
    .filter((c): c is Node => !!c && !c.equals(call));
}

const PAYLOAD_KEYS = /^(messages|system|contents|instructions|prompt|input|model)$/;

function payloadOf(project: CodeProject, mod: Module, node: Node, depth = 0): Ref | undefined {
  const v = literalValue(project, mod, node);
  if (!v || depth > 3) return undefined;
  const n = v.node;
  // Ruby `body.to_json`: the receiver is the payload.
  const toJson = isCall(n) && /\.to_json$/.test(calleeText(n)) ? n.childForFieldName('receiver') : undefined;
  if (toJson) return payloadOf(project, v.mod, toJson, depth + 1);
  if (
    isCall(n) &&
    /stringify|dumps|Marshal|json_encode|NewBuffer|NewReader|writeValueAsString|ofString|HttpEntity|RequestEntity|JSON\.generate|JSON\.dump/.test(
      calleeText(n),
    )
  ) {
    const a = callArgs(n).positional[0];
    return a ? payloadOf(project, v.mod, a, depth + 1) : undefined;
  }
  const postFields = curlOption(n, 'CURLOPT_POSTFIELDS');
  if (postFields) return payloadOf(project, v.mod, postFields, depth + 1);
  const e = entries(n);
  if (!e || ((n.type === 'call' || n.type === 'call_expression' || n.type === 'method_invocation') && !isMapOf(n)))
    return undefined;
  if ([...e.keys()].some((k) => PAYLOAD_KEYS.test(k))) return v;
  for (const key of ['body', 'json', 'data']) {
    const inner = e.get(key);
    const p = inner && payloadOf(project, v.mod, inner, depth + 1);
    if (p) return p;
  }
  return undefined;
}

const isMapOf = (n: Node) => n.type === 'method_invocation' && /(?:^|\.)Map\.of$/.test(calleeText(n));

/** The value of a cURL option in a PHP `curl_setopt_array($ch, [CURLOPT_POSTFIELDS => …])` array. */
function curlOption(n: Node, option: string): Node | undefined {
  if (n.type !== 'array_creation_expression') return undefined;
  for (const c of n.namedChildren) {
    const [key, value] = c?.type === 'array_element_initializer' ? c.namedChildren : [];
    if (key?.type === 'name' && key.text === option && value) return value;
  }
  return undefined;
}

export function enclosingScope(node: Node): Node | undefined {
  return enclosingFunction(node);
}
