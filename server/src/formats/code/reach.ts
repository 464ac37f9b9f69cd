/** Where user messages enter (handlers) and how a site is reached from one (names referenced across modules). */
import { CODE_DATA } from './data';
import type { Node } from './parser';
import { escapeRegex, nodesAt, type CodeProject, type Module } from './project-model';
import {
  callArgs,
  callAround,
  calleeText,
  declaredNames,
  enclosingFunction,
  functionNames,
  isCall,
  topStatement,
  unwrap,
} from './syntax';

export interface Handler {
  mod: Module;
  /** The code that runs for each message: the registration call, the webhook function, the decorated handler. */
  region: Node;
  /** What the handler is recognised by (squiggled for handler-level findings). */
  start: number;
  end: number;
  label: string;
}

export interface Hop {
  mod: Module;
  node: Node;
  label: string;
}

export function findHandlers(mod: Module): Handler[] {
  const out: Handler[] = [];
  for (const h of CODE_DATA.handlers) {
    for (const { node, index, match } of nodesAt(mod, h.pattern)) {
      let region: Node | undefined;
      if (h.region === 'call') region = callAround(node);
      else if (h.region === 'decorated') {
        for (let p: Node | null = node; p; p = p.parent) if (p.type === 'decorated_definition') region = p;
      } else
        // A PHP script outside any function is itself the request handler (`index.php` reading `$_POST`).
        region = enclosingFunction(node) ?? (mod.lang === 'php' ? mod.tree.rootNode : topStatement(node));
      // Nested matches (a webhook function around a registration call): the first pattern, the narrower code, wins.
      if (!region || out.some((o) => inside(o.region, region!) || inside(region!, o.region))) continue;
      out.push({
        mod,
        region,
        start: index,
        end: index + match[0].trim().length,
        label: `message handler \`${match[0].trim()}\``,
      });
    }
  }
  return out;
}

const inside = (outer: Node, inner: Node) => outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;

/**
 * Searches back from a site to a handler: the site's function, then every place its name is used
 * (any module of the project), and so on. Returns the handler and the hops (outermost first).
 */
export function traceToHandler(
  project: CodeProject,
  mod: Module,
  node: Node,
  handlers: Handler[],
): { handler: Handler; hops: Hop[] } | undefined {
  const queue: { mod: Module; node: Node; hops: Hop[] }[] = [{ mod, node, hops: [] }];
  const seen = new Set<string>();
  for (let i = 0; i < queue.length && i < 300; i++) {
    const cur = queue[i];
    const handler = handlers.find((h) => h.mod === cur.mod && inside(h.region, cur.node));
    if (handler) return { handler, hops: cur.hops };
    if (cur.hops.length >= 8) continue;
    const scope = enclosingFunction(cur.node);
    const key = `${cur.mod.uri}:${scope?.startIndex ?? topStatement(cur.node).startIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const names = scope
      ? [...functionNames(scope), ...dispatchedClass(cur.mod, scope)]
      : declaredNames(topStatement(cur.node));
    if (scope && !names.length) {
      // An anonymous callback: whoever holds it is the caller.
      queue.push({ mod: cur.mod, node: scope.parent ?? scope, hops: cur.hops });
      continue;
    }
    const own = scope ?? topStatement(cur.node);
    for (const name of names.filter((n) => n.length > 1 && !/^(default|exports|module)$/.test(n))) {
      const re = new RegExp(`(?<![\\w$])${escapeRegex(name)}(?![\\w$])`, 'g');
      for (const m of project.modules.values()) {
        if (!m.text.includes(name)) continue;
        for (const { node: use } of nodesAt(m, re)) {
          if (m === cur.mod && inside(own, use)) continue;
          if (/import|export_clause|import_from/.test(use.parent?.type ?? '') || /import/.test(topStatement(use).type))
            continue;
          queue.push({
            mod: m,
            node: use,
            hops: [{ mod: m, node: use, label: `${name} (${fileName(m.uri)})` }, ...cur.hops],
          });
        }
      }
    }
  }
  return undefined;
}

/**
 * A PHP class whose `handle()` / `__invoke()` runs what the framework dispatches (a Laravel queued job, a listener):
 * the class name, where the project dispatches it (`AnswerMessage::dispatch($text)`, `dispatch(new AnswerMessage(…))`).
 */
function dispatchedClass(mod: Module, fn: Node): string[] {
  if (mod.lang !== 'php' || fn.type !== 'method_declaration') return [];
  if (!/^(?:handle|__invoke)$/.test(fn.childForFieldName('name')?.text ?? '')) return [];
  for (let p = fn.parent; p; p = p.parent)
    if (p.type === 'class_declaration') return [p.childForFieldName('name')?.text ?? ''].filter(Boolean);
  return [];
}

/** True when the use sits in the else/default branch of message routing (business replies first, the model for the rest). */
export function fallbackRouter(handler: Handler, use: Node): Node | undefined {
  const dict = dictDefault(use);
  if (dict && inside(handler.region, dict)) return dict;
  for (let p = use.parent; p && inside(handler.region, p); p = p.parent) {
    // Go writes `else` as the if statement's `alternative` block.
    const goElse = p.parent?.type === 'if_statement' && p.parent.childForFieldName('alternative')?.equals(p);
    if (
      p.type === 'else_clause' ||
      p.type === 'switch_default' ||
      p.type === 'default_case' ||
      p.type === 'default_statement' ||
      goElse ||
      (p.type === 'case_clause' && /^case\s+_\s*:/.test(p.text))
    ) {
      const top: Node = (p.parent?.type === 'switch_block' ? p.parent.parent : p.parent) ?? p;
      const cond = top.childForFieldName('condition') ?? top.childForFieldName('value');
      // A switch on the text: its cases are the words it routes on (`switch text { case "menu": … }`).
      const cases = /switch/.test(top.type) ? caseValues(top) : '';
      if (cond && routesOnText(`${cond.text} ${cases}`)) return cond;
    }
  }
  return undefined;
}

/**
 * A routing table's default: `ROUTES.get(text, ask_llm)`, `ROUTES.get(text) or ask_llm`, `routes[text] ?? askLlm`
 * (the table answers its keywords, the model everything else).
 */
function dictDefault(use: Node): Node | undefined {
  const p = use.parent;
  const call = p && /^(?:argument_list|arguments)$/.test(p.type) ? p.parent : undefined;
  if (call && isCall(call) && /\.get$/.test(calleeText(call)) && callArgs(call).positional[1]?.equals(use)) return call;
  if (!p || !/^(?:boolean_operator|binary_expression)$/.test(p.type) || !p.childForFieldName('right')?.equals(use))
    return undefined;
  if (!/^(?:or|\|\||\?\?)$/.test(p.childForFieldName('operator')?.text ?? p.children[1]?.text ?? '')) return undefined;
  const left = unwrap(p.childForFieldName('left'));
  const lookup =
    left && ((isCall(left) && /\.get$/.test(calleeText(left))) || /^subscript(?:_expression)?$/.test(left.type));
  return lookup ? p : undefined;
}

function caseValues(sw: Node): string {
  return sw
    .descendantsOfType(['expression_case', 'case_statement', 'switch_case'])
    .map((c) => (c?.childForFieldName('value') ?? c?.namedChildren[0])?.text ?? '')
    .join(' ');
}

/** A condition that routes on what the user wrote (not a guard on echoes, groups or message types). */
function routesOnText(cond: string): boolean {
  if (
    /fromMe|from_me|isGroup|is_group|broadcast|status|\.type\b|\btype\s*[!=]=|isinstance|is None|=== undefined|length|len\(/.test(
      cond,
    )
  )
    return false;
  return /(['"`/].+['"`/])|\bin\s*\(|\bin\s*\[|includes|startsWith|startswith|match|test\(|intent/i.test(cond);
}

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
