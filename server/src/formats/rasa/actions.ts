// Rasa custom actions (`actions/*.py`, `actions.py`) read through the code reader's model (tree-sitter Python, the
// same call sites and prompt resolution as bots written in code): which action calls an LLM and with which system
// prompt, which one opens a conversation in a helpdesk, and which one sends the customer a phone number or e-mail.
// An action is a class whose `name()` returns the action's name, as the Rasa SDK requires.
import type { MappedText, ParseIssue, Span } from '../../model/types';
import { enclosingClass } from '../code/classes';
import { CODE_DATA } from '../code/data';
import type { Node } from '../code/parser';
import { piecesText } from '../code/prompt-node';
import { CodeProject, type Module } from '../code/project-model';
import { unparsedIssues } from '../code/unparsed';
import { resolveLenient, resolveText } from '../code/resolve';
import { llmCalls, type LlmCall } from '../code/sites';
import { callArgs, calleeText, enclosingFunction, unwrap } from '../code/syntax';
import { contactOffered, HELPDESK } from '../shared/handoff';

export interface CustomAction {
  name: string;
  uri: string;
  /** The action's name in the `return "action_x"` of `name()`. */
  span: Span;
  /** True when the action calls a model API. */
  callsLlm: boolean;
  /** The system message it sends, when the code reader resolves it. */
  system?: MappedText;
  /** The helpdesk the action opens a conversation in (Chatwoot, Zendesk...), when it calls one. */
  helpdesk?: string;
  /** A phone number or e-mail the action sends the customer (`dispatcher.utter_message(text=…)`). */
  contact?: string;
  /**
   * True when the action's code does nothing but send messages (`dispatcher.utter_message`) and read the tracker: it
   * calls no API, pauses no conversation and returns no event that hands the chat over ("an agent will contact
   * you" with nothing behind it).
   */
  onlyMessages: boolean;
  /** The domain responses it sends (`dispatcher.utter_message(response="utter_x")`). */
  responses: string[];
}

/** HTTP calls: a helpdesk counts only when the action calls it, not when a message mentions a person. */
const HTTP_CALL = /^(?:\w+\.)*(?:post|put|patch|get|request|urlopen|fetch)$/;

/**
 * The custom actions of a project's Python files (the files must be `.py`; the code parsers must be loaded), and the
 * findings of the files that were not read (mostly syntax errors).
 */
export function readCustomActions(
  root: string,
  files: { uri: string; text: string }[],
): { actions: CustomAction[]; issues: ParseIssue[] } {
  const project = new CodeProject(root, new Map(files.map((f) => [f.uri, f.text])));
  const out: CustomAction[] = [];
  for (const mod of project.modules.values()) {
    if (!mod.python) continue;
    const calls = llmCalls(project, mod);
    for (const cls of mod.tree.rootNode.descendantsOfType('class_definition')) {
      const named = cls && actionName(project, mod, cls);
      if (named) out.push(readAction(project, mod, cls!, named, calls));
    }
  }
  return { actions: out, issues: unparsedIssues(project) };
}

function readAction(
  project: CodeProject,
  mod: Module,
  cls: Node,
  named: { name: string; span: Span },
  calls: LlmCall[],
): CustomAction {
  const helpers = calledHelpers(mod, cls);
  const own = calls.filter((c) => belongsTo(c.call, cls, helpers));
  const resolved = own.find((c) => c.system !== 'none' && 'pieces' in c.system && c.system.pieces.length);
  const system =
    resolved && resolved.system !== 'none' && 'pieces' in resolved.system
      ? piecesText(resolved.system.pieces)
      : undefined;
  return {
    name: named.name,
    uri: mod.uri,
    span: named.span,
    callsLlm: own.length > 0,
    system,
    helpdesk: helpdeskCalled(project, mod, cls, helpers),
    contact: utteredContact(project, mod, cls),
    onlyMessages: onlyMessages(cls),
    responses: utteredResponses(project, mod, cls),
  };
}

/**
 * Calls that only send a message, read the tracker or the domain, set a slot or log: an action made of these and
 * nothing else hands nothing over. `ConversationPaused()`, an HTTP call or any other call may.
 */
const MESSAGE_ONLY_CALL =
  /^(?:\w+\.)?utter_message$|^tracker\.|^domain\.|^(?:SlotSet|print|str|len|int|float|bool|dict|list|super)$|^(?:logger|logging|log)\.|^super\(\)\./;

function onlyMessages(cls: Node): boolean {
  const calls = cls.descendantsOfType('call').filter((c): c is Node => !!c && !inNameMethod(c, cls));
  return (
    calls.some((c) => /utter_message$/.test(calleeText(c))) && calls.every((c) => MESSAGE_ONLY_CALL.test(calleeText(c)))
  );
}

/** True when a call is inside the class's `name()` method. */
function inNameMethod(call: Node, cls: Node): boolean {
  const fn = enclosingFunction(call);
  return !!fn && fn.childForFieldName('name')?.text === 'name' && fn.parent?.parent?.startIndex === cls.startIndex;
}

/** Domain responses the class sends by name (`dispatcher.utter_message(response="utter_x")`, `template=` in old SDKs). */
function utteredResponses(project: CodeProject, mod: Module, cls: Node): string[] {
  const out: string[] = [];
  for (const call of cls.descendantsOfType('call')) {
    if (!call || !/\.utter_message$/.test(calleeText(call))) continue;
    const args = callArgs(call);
    const named = args.named.get('response') ?? args.named.get('template');
    const name =
      named &&
      resolveLenient(project, mod, named)
        .pieces.map((p) => p.text)
        .join('');
    if (name && /^[\w.-]+$/.test(name)) out.push(name);
  }
  return out;
}

/** The string `name()` returns, with the span of its characters. */
function actionName(project: CodeProject, mod: Module, cls: Node): { name: string; span: Span } | undefined {
  for (const fn of cls.childForFieldName('body')?.namedChildren ?? []) {
    const def = fn?.type === 'decorated_definition' ? fn.childForFieldName('definition') : fn;
    if (def?.type !== 'function_definition' || def.childForFieldName('name')?.text !== 'name') continue;
    const ret = def.descendantsOfType('return_statement')[0];
    const value = unwrap(ret?.namedChildren[0]);
    const r = value && resolveText(project, mod, value);
    if (!r || !('pieces' in r)) return undefined;
    const name = r.pieces.map((p) => p.text).join('');
    const first = r.pieces[0];
    if (!/^[\w.-]+$/.test(name) || first?.uri !== mod.uri) return undefined;
    const start = first.offsets[0] ?? value.startIndex;
    return { name, span: { start, end: start + name.length } };
  }
  return undefined;
}

/** Module-level functions the class calls by name (`ask_model(text)`): their calls are the action's too. */
function calledHelpers(mod: Module, cls: Node): Set<string> {
  const out = new Set<string>();
  for (const call of cls.descendantsOfType('call')) {
    const callee = call && calleeText(call);
    if (callee && /^\w+$/.test(callee)) out.add(callee);
  }
  void mod;
  return out;
}

function belongsTo(call: Node, cls: Node, helpers: Set<string>): boolean {
  const owner = enclosingClass(call);
  if (owner) return owner.startIndex === cls.startIndex;
  const fn = enclosingFunction(call);
  return !!fn && helpers.has(fn.childForFieldName('name')?.text ?? '');
}

/** The helpdesk of an HTTP call the class makes: in its resolved URL, else named in the class's code. */
function helpdeskCalled(project: CodeProject, mod: Module, cls: Node, helpers: Set<string>): string | undefined {
  const http = [...mod.tree.rootNode.descendantsOfType('call')].filter(
    (c): c is Node => !!c && HTTP_CALL.test(calleeText(c)) && belongsTo(c, cls, helpers),
  );
  if (!http.length) return undefined;
  for (const call of http) {
    const args = callArgs(call);
    const url = args.named.get('url') ?? args.positional[0];
    const text = url
      ? resolveLenient(project, mod, url)
          .pieces.map((p) => p.text)
          .join('')
      : '';
    const hit = HELPDESK.exec(text) ?? HELPDESK.exec(url?.text ?? '');
    if (hit) return hit[0];
  }
  const code = codeOf(cls);
  CODE_DATA.helpdesk.lastIndex = 0;
  return CODE_DATA.helpdesk.exec(code)?.[0];
}

/** A phone number or e-mail in a message the class sends (`dispatcher.utter_message(text=…)`). */
function utteredContact(project: CodeProject, mod: Module, cls: Node): string | undefined {
  for (const call of cls.descendantsOfType('call')) {
    if (!call || !/\.utter_message$/.test(calleeText(call))) continue;
    const args = callArgs(call);
    const text = args.named.get('text') ?? args.positional[0];
    const said =
      text &&
      resolveLenient(project, mod, text)
        .pieces.map((p) => p.text)
        .join('');
    const contact = said ? contactOffered(said) : undefined;
    if (contact) return contact;
  }
  return undefined;
}

/** The class's code without comments and strings that are statements (docstrings say nothing about calls). */
function codeOf(cls: Node): string {
  let code = cls.text;
  for (const c of cls.descendantsOfType(['comment', 'expression_statement']))
    if (c && (c.type === 'comment' || c.namedChildren[0]?.type === 'string'))
      code = code.replace(c.text, ' '.repeat(c.text.length));
  return code;
}
