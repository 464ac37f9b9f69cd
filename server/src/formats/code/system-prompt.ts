/** The system prompt of an LLM call: argument paths, message lists (pushes too), neighbour calls, the user turn. */
import { CODE_DATA, type LlmSite } from './data';
import { findDeclaration } from './declarations';
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import { resolveLenient, resolveText, type Piece, type Resolved } from './resolve';
import { returnedValues } from './returns';
import { javaClientSystem } from './java-ruby-values';
import {
  callArgs,
  calleeText,
  callAround,
  entries,
  isCall,
  items,
  roleItem,
  unwrap,
  type Args,
  type Role,
} from './syntax';

/** Helpers followed to find a message list or a message (a helper calling a helper). */
const MAX_HELPERS = 3;

export interface LlmCall {
  mod: Module;
  call: Node;
  site: LlmSite | undefined;
  sdk: string;
  /** The system prompt: resolved text, unknown (with what is missing), or none at all. */
  system: Resolved | 'none';
  /** True when the instructions were found inside the user turn (PROMPT + text). */
  inUserTurn?: boolean;
  /** Where a system message or argument can be inserted (a messages list or the argument object). */
  messagesList?: Node;
  argsObject?: Node;
}

export interface Ref {
  mod: Module;
  node: Node;
}

/** Values at an argument path (`messages[system].content`, `config.systemInstruction`, `$0[system]`). */
export function select(project: CodeProject, mod: Module, args: Args, path: string): { values: Ref[]; list?: Ref } {
  const segs = path.split('.');
  const first = /^([$\w]+)(?:\[(\w+)\])?$/.exec(segs[0]);
  if (!first) return { values: [] };
  const start = first[1].startsWith('$') ? args.positional[Number(first[1].slice(1))] : args.named.get(first[1]);
  if (!start) return { values: [] };
  let cur: Ref[] = [{ mod, node: start }];
  let list: Ref | undefined;
  const steps = [...(first[2] ? [`[${first[2]}]`] : []), ...segs.slice(1)];
  for (const step of steps) {
    const next: Ref[] = [];
    for (const r of cur) {
      const role = /^\[(\w+)\]$/.exec(step)?.[1] as Role | undefined;
      const v = literalValue(project, r.mod, r.node);
      if (!v) continue;
      if (role) {
        const found = messageList(project, v);
        if (found) list ??= found.list;
        for (const it of found?.items ?? []) {
          const item = messageItem(project, found!.list.mod, it);
          const ri = item && roleItem(item.node);
          if (item && ri?.role === role && ri.content) next.push({ mod: item.mod, node: ri.content });
        }
      } else {
        const e = entries(v.node)?.get(step);
        if (e) next.push({ mod: v.mod, node: e });
      }
    }
    cur = next;
  }
  return { values: cur, list };
}

/** The literal an identifier stands for (an object, a list), following declarations. */
export function literalValue(project: CodeProject, mod: Module, node: Node): Ref | undefined {
  let n = unwrap(node);
  let m = mod;
  for (let i = 0; n && i < 5; i++) {
    if (!/^(?:identifier|shorthand_property_identifier|variable_name)$/.test(n.type)) return { mod: m, node: n };
    const t = findDeclaration(project, m, n.text, n);
    if (!t || 'module' in t) return undefined;
    m = t.mod;
    n = unwrap(t.node);
  }
  return n ? { mod: m, node: n } : undefined;
}

/** A message list, written at the call or returned by a helper of the project (`b.conversation(history)`). */
function messageList(project: CodeProject, v: Ref, depth = 0): { list: Ref; items: Node[] } | undefined {
  const its = listItems(project, v.mod, v.node);
  if (its) return { list: v, items: its };
  if (depth >= MAX_HELPERS || !isCall(v.node)) return undefined;
  for (const r of returnedValues(project, v.mod, v.node)) {
    const inner = literalValue(project, r.mod, r.node);
    const found = inner && messageList(project, inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A message of a list: written in place, held in a variable (`sys := …`), or made by a helper (`systemMessage()`). */
function messageItem(project: CodeProject, mod: Module, item: Node, depth = 0): Ref | undefined {
  const v = literalValue(project, mod, item);
  if (!v || roleItem(v.node) || depth >= MAX_HELPERS || !isCall(v.node)) return v;
  for (const r of returnedValues(project, v.mod, v.node)) {
    const inner = messageItem(project, r.mod, r.node, depth + 1);
    if (inner && roleItem(inner.node)) return inner;
  }
  return v;
}

/** Items of a list literal plus those pushed/appended to the same variable in the module. */
function listItems(project: CodeProject, mod: Module, node: Node): Node[] | undefined {
  const base = items(node);
  if (!base) return undefined;
  const decl = node.parent;
  const name = (decl?.childForFieldName('name') ?? decl?.childForFieldName('left'))?.text;
  if (!name || !/^[\w$]+$/.test(name)) return base;
  const extra: Node[] = [];
  for (const { node: n } of nodesAt(
    mod,
    new RegExp(`(?<![\\w.$])${escapeRegex(name)}\\.(?:push|append|unshift|insert|add)\\s*\\(`, 'g'),
  )) {
    const call = callAround(n);
    if (call) extra.push(...callArgs(call).positional);
  }
  void project;
  return [...base, ...extra];
}

export function readPrompt(
  project: CodeProject,
  mod: Module,
  args: Args,
  result: LlmCall,
  system: string[],
  user: string[],
  messages?: string,
  sibling?: RegExp,
): LlmCall {
  let unknownWhy: string | undefined;
  for (const path of system) {
    const { values, list } = select(project, mod, args, path);
    if (list) result.messagesList ??= list.node;
    for (const v of values) {
      const r = resolveText(project, v.mod, v.node);
      if ('pieces' in r && r.pieces.some((p) => p.text.trim())) return { ...result, system: r };
      if ('unknown' in r) unknownWhy ??= r.unknown;
    }
  }
  if (unknownWhy) return { ...result, system: { unknown: unknownWhy } };
  if (messages) {
    const root = messages.split(/[.[]/)[0];
    const m = root.startsWith('$') ? args.positional[Number(root.slice(1))] : args.named.get(root);
    const lit = m && literalValue(project, mod, m);
    if (m && (!lit || !items(lit.node)) && system.includes(`${root}[system]`)) {
      // History kept per chat (`conversations[chatId]`): its first turn is usually a system message written in this
      // module. When no file of the project writes a system message at all, the history has none.
      const seeded = moduleSystemMessage(project, mod);
      if (seeded) return { ...result, system: seeded };
      if (projectWritesSystem(project))
        return { ...result, system: { unknown: `the messages in \`${m.text.slice(0, 60)}\` (built at run time)` } };
    }
    if (lit) result.messagesList ??= lit.node;
  }
  if (sibling) {
    const own =
      javaClientSystem(project, mod, result.call, sibling, (m, x) => resolveText(project, m, x)) ??
      receiverSystem(project, mod, result.call, sibling);
    const s = own ?? siblingSystem(project, mod, sibling);
    if (s && s !== 'none') return { ...result, system: s };
  }
  for (const path of user) {
    for (const v of select(project, mod, args, path).values) {
      const r = resolveLenient(project, v.mod, v.node);
      const instr = instructionPieces(r.pieces);
      if (instr) return { ...result, system: { pieces: instr }, inUserTurn: true };
    }
  }
  return result;
}

/** The model object a call is made on (`chatModel.generateContent`): its own system setting, or 'none'. */
function receiverSystem(project: CodeProject, mod: Module, call: Node, re: RegExp): Resolved | 'none' | undefined {
  const obj = call.childForFieldName('function')?.childForFieldName('object');
  if (!obj || obj.type !== 'identifier') return undefined;
  const v = literalValue(project, mod, obj);
  if (!v || !/call/.test(v.node.type) || !re.test(calleeText(v.node))) return undefined;
  return systemOfCall(project, v.mod, v.node) ?? 'none';
}

function systemOfCall(project: CodeProject, m: Module, call: Node): Resolved | undefined {
  const args = callArgs(call);
  const config = entries(args.named.get('config') ?? args.named.get('generation_config'));
  const v =
    SIBLING_KEYS.map((k) => args.named.get(k) ?? config?.get(k)).find(Boolean) ??
    (/system_message$|SystemMessage$|ChatHistory$|defaultSystem$/.test(calleeText(call))
      ? args.positional[0]
      : undefined);
  if (v) return resolveText(project, m, v);
  const history = items(args.named.get('history'));
  const first = history?.[0] && roleItem(history[0]);
  if (first?.content) {
    const r = resolveLenient(project, m, first.content);
    const instr = instructionPieces(
      r.pieces.length > 1 || r.pieces[0]?.literal ? r.pieces : textParts(project, m, first.content),
    );
    if (instr) return { pieces: instr };
  }
  return undefined;
}

/** True when some file of the project (code, JSON, YAML) writes a system or developer message. */
function projectWritesSystem(project: CodeProject): boolean {
  const re =
    /\brole['"]?\s*[:=]\s*['"]?(?:system|developer)\b|SystemMessage|add_system_message|AddSystemMessage|['"](?:system|developer)['"]\s*,/;
  for (const text of project.files.values()) if (re.test(text)) return true;
  return false;
}

const SYSTEM_ITEM = /\brole['"]?\s*[:=]\s*['"](?:system|developer)['"]|\bSystemMessage\s*\(/g;

/** A system message literal anywhere in the module (`{ role: 'system', content: S }`, `SystemMessage(S)`). */
function moduleSystemMessage(project: CodeProject, mod: Module): Resolved | undefined {
  for (const { node } of nodesAt(mod, SYSTEM_ITEM)) {
    for (let p: Node | null = node; p; p = p.parent) {
      const ri = /^(object|dictionary|call|call_expression|new_expression)$/.test(p.type) ? roleItem(p) : undefined;
      if (ri?.role !== 'system' || !ri.content) continue;
      const r = resolveText(project, mod, ri.content);
      if ('pieces' in r) return r;
      // A seed written as text plus a run-time part (`"You are …" + date.today().isoformat()`): the text is what
      // the model is told; the run-time part becomes a {{placeholder}}.
      const lenient = resolveLenient(project, mod, ri.content).pieces;
      if (lenient.some((x) => x.literal && x.text.trim().length >= 20)) return { pieces: lenient };
      break;
    }
  }
  return undefined;
}

const SIBLING_KEYS = ['systemInstruction', 'system_instruction', 'system_message', 'systemMessage', 'instructions'];

/** A system prompt set on a neighbour call: Gemini `getGenerativeModel({systemInstruction})`, Semantic Kernel `add_system_message(S)`. */
export function siblingSystem(project: CodeProject, mod: Module, re: RegExp): Resolved | undefined {
  for (const m of [mod, ...project.modules.values()]) {
    // A field set on the model object: Go `model.SystemInstruction = &genai.Content{…}`.
    for (const { node } of nodesAt(m, /\.(?:SystemInstruction|system_instruction)\s*=(?!=)/g)) {
      let a: Node | null = node;
      while (a && !/^(?:assignment_statement|assignment|assignment_expression)$/.test(a.type)) a = a.parent;
      const right = a?.childForFieldName('right');
      const r = right && resolveText(project, m, right);
      if (r && 'pieces' in r) return r;
    }
    for (const { node } of nodesAt(m, new RegExp(re.source, 'g'))) {
      const call = callAround(node);
      if (!call || !re.test(calleeText(call))) continue;
      const r = systemOfCall(project, m, call);
      if (r) return r;
    }
  }
  return undefined;
}

function textParts(project: CodeProject, mod: Module, node: Node): Piece[] {
  const parts = items(node);
  return (parts ?? []).flatMap((p) => {
    const t = entries(p)?.get('text');
    return t ? resolveLenient(project, mod, t).pieces : [];
  });
}

/** The literal parts of a user turn when they read as instructions ("You are…", "Eres…", "Kamu adalah…"). */
function instructionPieces(pieces: Piece[]): Piece[] | undefined {
  const literal = pieces.filter((p) => p.literal && p.text.trim());
  if (!literal.length) return undefined;
  const text = literal.map((p) => p.text).join(' ');
  return text.trim().length >= 20 && literal.some((p) => CODE_DATA.instructionOpening.test(p.text))
    ? pieces
    : undefined;
}
