/**
 * Java and Ruby shapes for the shared syntax accessors: Java method invocations and builder chains
 * (`ChatClient.prompt().system(S).user(t).call()`, `Params.builder().addSystemMessage(S).build()`), `Map.of(k, v, …)`
 * and `List.of(…)` literals, text blocks; Ruby calls (`client.chat(parameters: {…})`), hashes and heredocs.
 */
import type { Node } from './parser';

/** Java call nodes (a Ruby call is `call`, with `receiver` and `method` fields instead of Python's `function`). */
export const JAVA_CALLS = new Set(['method_invocation']);
export const JAVA_RUBY_STRINGS = ['string_literal'];

/** A Ruby call (`call` with a `method` field), as opposed to a Python `call` (with a `function` field). */
export const isRubyCall = (n: Node) => n.type === 'call' && !!n.childForFieldName('method');

/**
 * `chat.prompt().system().user().call`, `OpenAI.Client.new`: the callee of a Java or Ruby call written the way the
 * call patterns read (the steps of a chain keep their `()`, their arguments left out).
 */
export function javaRubyCallee(call: Node): string | undefined {
  if (call.type === 'method_invocation' || isRubyCall(call)) {
    const obj = call.childForFieldName('object') ?? call.childForFieldName('receiver');
    const name = call.childForFieldName('name') ?? call.childForFieldName('method');
    const head = obj ? `${receiverText(obj)}.` : '';
    return `${head}${name?.text ?? ''}`;
  }
  return undefined;
}

function receiverText(obj: Node): string {
  // A Java chain step keeps its `()`; a Ruby call without arguments reads as a property (`client.messages.create`).
  if (obj.type === 'method_invocation') return `${javaRubyCallee(obj)}()`;
  if (isRubyCall(obj)) return javaRubyCallee(obj)!;
  return obj.text.replace(/\s+/g, '').replace(/::/g, '.').replace(/^@/, '');
}

/**
 * The named steps of a Java builder chain ending at `call` (`.system(S)`, `.user(t)`, `.addSystemMessage(S)`):
 * each step's name stands for its first argument, as a keyword argument would (the nearest step wins).
 */
export function chainSteps(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (let p = call.childForFieldName('object'); p?.type === 'method_invocation'; p = p.childForFieldName('object')) {
    const name = p.childForFieldName('name')?.text;
    const first = p.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
    if (name && first && !out.has(name)) out.set(name, first);
  }
  return out;
}

/** `Map.of("role", "system", "content", s)` (Java): its keys and values. */
export function javaMapOf(n: Node, str: (k: Node) => string | undefined): Map<string, Node> | undefined {
  if (n.type !== 'method_invocation' || !/^(?:\w+\.)?(?:Map|ImmutableMap)\.of$/.test(javaRubyCallee(n) ?? ''))
    return undefined;
  const args = (n.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (a): a is Node => !!a && a.type !== 'comment',
  );
  const out = new Map<string, Node>();
  for (let i = 0; i + 1 < args.length; i += 2) {
    const k = str(args[i]);
    if (k !== undefined) out.set(k, args[i + 1]);
  }
  return out.size ? out : undefined;
}

/** `List.of(a, b)`, `Arrays.asList(a, b)`, `new ArrayList<>(List.of(…))`, `{a, b}` (Java): the items. */
export function javaListItems(n: Node): Node[] | undefined {
  const args = () =>
    (n.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => !!a && a.type !== 'comment');
  if (n.type === 'method_invocation' && /^(?:List\.of|Arrays\.asList|Stream\.of)$/.test(javaRubyCallee(n) ?? ''))
    return args();
  // `new ArrayList<>()` (filled by `.add` later), `new ArrayList<>(List.of(…))`.
  if (
    n.type === 'object_creation_expression' &&
    /^(?:ArrayList|LinkedList|List)\b/.test(n.childForFieldName('type')?.text ?? '')
  ) {
    const first = args()[0];
    return first ? (javaListItems(first) ?? []) : [];
  }
  if (n.type === 'array_initializer') return n.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment');
  if (n.type === 'array_creation_expression' && n.childForFieldName('value'))
    return javaListItems(n.childForFieldName('value')!);
  return undefined;
}

/**
 * The body of a Ruby heredoc whose start (`<<~PROMPT`) is `start`: the next `heredoc_body` of the file (a line holds
 * its heredocs' bodies after it, in order; one heredoc per line is the common case).
 */
export function rubyHeredocBody(start: Node): Node | undefined {
  const root = start.tree.rootNode;
  for (let n: Node | null = root.descendantForIndex(start.endIndex); n; n = n.parent) {
    const body = n.descendantsOfType('heredoc_body').find((b) => !!b && b.startIndex >= start.endIndex);
    if (body) return body;
    if (n.equals(root)) break;
  }
  return undefined;
}
