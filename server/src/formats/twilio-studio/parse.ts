import { emptyModel, type BotModel, type FlowEdge, type FlowNode, type FlowNodeKind } from '../../model/types';
import type { MappedText, PromptUnit } from '../../model/types';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  mapEntries,
  refOf,
  scalarText,
  strAt,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import { HELPDESK, LLM_ENDPOINT, markerWord, markHandoffByFlow, phoneContact } from '../shared/handoff';
import { literalValue } from '../shared/runtimeTemplate';
import { bodySystemMessage } from '../shared/requestBody';
import { functionOfWidget, type TwilioFunction } from './functions';

const HIDDEN_LLM = /openai|anthropic|gemini|llm|gpt|chat|\bai\b|[-_./]ai[-_./]|bot|webhook/i;

/** Cheap content check: a Twilio Studio flow definition has `states[]` and `initial_state`, or the Studio `$schema`. */
export function looksLikeTwilioStudio(text: string): boolean {
  if (/"\$schema"\s*:\s*"https?:\/\/schemas\.twilio\.com\/studio\//.test(text)) return true;
  return /"states"\s*:\s*\[/.test(text) && text.includes('"initial_state"');
}

/** `functions`: the Twilio Functions of the Serverless project the flow sits in, read by `readFunctions`. */
export function parseTwilioStudio(uri: string, text: string, functions: TwilioFunction[] = []): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('twilio-studio', uri);
  model.issues.push(...src.issues);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  // The REST API and the CLI wrap the definition: `{sid, friendly_name, definition: {states, ...}}`.
  const flow = nodeAt(src.root, ['states']) ? src.root : (nodeAt(src.root, ['definition']) ?? src.root);
  const states = seqItems(nodeAt(flow, ['states']));
  // A flow that also takes messages (WhatsApp, SMS) answers a chat customer, for whom a call transfer on the
  // incomingCall branch reaches no one: only a calls-only flow counts its call transfers.
  const voice = states.some((s) => strAt(s, ['type']) === 'trigger' && handlesCalls(s) && !takesMessages(s));
  const converses = states.some((s) => READS_REPLY.test(strAt(s, ['type']) ?? ''));
  const vars = flowVariables(src, states);
  for (const s of states) {
    const type = strAt(s, ['type']) ?? '';
    const name = strAt(s, ['name']) ?? type;
    const nodeRef = { uri, span: keySpan(s, 'name') ?? refOf(src, s).span };
    const node: FlowNode = { id: name, label: name, kind: kindOf(type), ref: nodeRef, attrs: { type } };
    const phone = node.kind === 'reply' ? phoneContact(strAt(s, ['properties', 'body']) ?? '') : undefined;
    if (phone) {
      node.kind = 'human';
      node.label = `${name} (gives the phone number ${phone})`;
    } else if (type === 'trigger' && !converses && !takesIncoming(s)) {
      // Started only by the REST API or a parent flow, and never reads a reply: an outbound notification, not a
      // conversation that automation answers.
      node.kind = 'other';
      node.label = `${name} (REST API / parent flow only: outbound, no incoming message is answered)`;
    } else if (type === 'trigger' && !converses && !takesMessages(s)) {
      // Only calls start it and nothing reads what the caller says (no gather, no reply): a voicemail or an
      // announcement line, not a conversation that automation answers.
      node.kind = 'other';
      node.label = `${name} (calls only and no reply is read: a voicemail or announcement line, not a chat)`;
    } else if (VOICE_ONLY.test(type) && !voice) {
      // Connecting a call does nothing for a chat: a chat customer is never put through to a person by it.
      node.kind = 'other';
      node.label = `${name} (${type}: voice only, no transfer of a chat)`;
    }
    if (type === 'trigger') {
      for (const [, v] of mapEntries(nodeAt(s, ['properties']))) if (hasWhatsApp(v)) model.whatsapp ??= refOf(src, v);
    }
    if (type === 'send-message' || type === 'send-and-wait-for-reply') {
      for (const key of ['from', 'to']) {
        const v = nodeAt(s, ['properties', key]);
        if (hasWhatsApp(v)) model.whatsapp ??= refOf(src, v);
      }
    }
    const fn = type === 'run-function' ? functionOfWidget(functions, strAt(s, ['properties', 'url'])) : undefined;
    const prompt = fn
      ? functionPrompt(src, s, name, fn, vars)
      : node.kind === 'webhook'
        ? visiblePrompt(src, s, name, vars)
        : undefined;
    if (fn && !model.files.includes(fn.uri)) model.files.push(fn.uri);
    if (!prompt && node.kind === 'webhook' && !fn?.callsLlm) handOver(node, s, fn);
    if (prompt) {
      model.prompts.push(prompt);
      node.kind = 'llm';
      node.prompt = model.prompts.length - 1;
    } else if (node.kind === 'webhook') {
      const target =
        nodeAt(s, ['properties', 'url']) ??
        nodeAt(s, ['properties', 'function_sid']) ??
        nodeAt(s, ['properties', 'service_sid']);
      const described = [strAt(s, ['properties', 'url']), strAt(s, ['properties', 'function_sid']), name]
        .filter(Boolean)
        .join(' ');
      if (fn?.callsLlm || HIDDEN_LLM.test(described)) {
        model.notes.push({
          kind: 'hidden-llm',
          ref: target ? refOf(src, target) : nodeRef,
          detail: fn?.callsLlm
            ? `'${name}' (${type}) runs the Function ${fn.path}, which calls an LLM with a prompt built at run time; it cannot be checked`
            : `'${name}' (${type}) calls ${strAt(s, ['properties', 'url']) ?? 'a function'}; a prompt behind it cannot be checked`,
        });
      }
    }
    nodes.push(node);
    for (const t of seqItems(nodeAt(s, ['transitions']))) {
      const next = strAt(t, ['next']);
      if (next) edges.push({ from: name, to: next, label: strAt(t, ['event']) });
    }
  }
  // A prompt that hands over by writing a word a split tests ('AGENTE') reaches a person only through the flow's
  // own human steps: an unreachable send-to-flex is no path, and the prompt's promise alone is none either.
  markHandoffByFlow(model.prompts, splitMarkers(states));
  model.flow = { nodes, edges };
  return model;
}

/** The literal values `set-variables` widgets give flow variables (first written wins), by key. */
type FlowVariables = Map<string, { text: MappedText; state: string }>;

function flowVariables(src: JsonSource, states: JNode[]): FlowVariables {
  const out: FlowVariables = new Map();
  for (const s of states) {
    if (strAt(s, ['type']) !== 'set-variables') continue;
    for (const v of seqItems(nodeAt(s, ['properties', 'variables']))) {
      const key = strAt(v, ['key']);
      const text = scalarText(src, nodeAt(v, ['value']));
      // A value that is itself a template (`{{trigger.message.Body}}`) is set at run time.
      if (key && text && literalValue(text.text) && !out.has(key))
        out.set(key, { text, state: strAt(s, ['name']) ?? 'set-variables' });
    }
  }
  return out;
}

/** A text that is only `{{flow.variables.<key>}}` (with Liquid filters): the value the flow set for it. */
function flowVariable(text: string, vars: FlowVariables): { text: MappedText; state: string } | undefined {
  const m = /^\s*\{\{\s*flow\.variables\.([\w-]+)\s*(\|[^}]*)?\}\}\s*$/.exec(text);
  return m ? vars.get(m[1]) : undefined;
}

/** Marker words (`AGENTE`, `HUMAN_HANDOFF`, `[ESCALATE]`) that split widgets compare a value with. */
function splitMarkers(states: JNode[]): RegExp[] {
  const out: RegExp[] = [];
  for (const s of states) {
    if (strAt(s, ['type']) !== 'split-based-on') continue;
    for (const t of seqItems(nodeAt(s, ['transitions'])))
      for (const c of seqItems(nodeAt(t, ['conditions']))) {
        for (const v of (strAt(c, ['value']) ?? '').split(',')) {
          const marker = markerWord(v.trim());
          if (marker) out.push(marker);
        }
      }
  }
  return out;
}

/** Widgets that connect a phone call: a path to a person only in a flow that answers calls. */
const VOICE_ONLY = /^(connect-call-to|enqueue-call)$/;

/** Widgets that read what the person answers: a flow with one of them is a conversation, however it starts. */
const READS_REPLY = /^(send-and-wait-for-reply|gather-input-on-call)$/;
/** Trigger events that come from a person (a message, a conversation message, a call). */
const INCOMING = /^(incomingMessage|incomingConversationMessage|incomingCall)$/;

/** One of the trigger's person-initiated events leads somewhere. */
function takesIncoming(trigger: JNode): boolean {
  return seqItems(nodeAt(trigger, ['transitions'])).some(
    (t) => INCOMING.test(strAt(t, ['event']) ?? '') && !!strAt(t, ['next']),
  );
}

/** One of the trigger's message events (a text, a conversation message) leads somewhere. */
function takesMessages(trigger: JNode): boolean {
  return seqItems(nodeAt(trigger, ['transitions'])).some(
    (t) => /^incoming(Conversation)?Message$/.test(strAt(t, ['event']) ?? '') && !!strAt(t, ['next']),
  );
}

/** The trigger answers incoming calls (its `incomingCall` transition leads somewhere). */
function handlesCalls(trigger: JNode): boolean {
  return seqItems(nodeAt(trigger, ['transitions'])).some(
    (t) => strAt(t, ['event']) === 'incomingCall' && !!strAt(t, ['next']),
  );
}

/**
 * What a request or Function widget that asks no model hands the chat to: a helpdesk or agent-inbox URL it calls (a
 * ticket in a staffed queue, an assignment to an agent), read from the widget's URL or from its Function's code, the
 * same reading as the other formats' HTTP steps.
 */
function handOver(node: FlowNode, s: JNode, fn: TwilioFunction | undefined): void {
  const url = strAt(s, ['properties', 'url']);
  const how =
    url && HELPDESK.test(url) && !LLM_ENDPOINT.test(url)
      ? `calls ${url}`
      : fn?.helpdesk
        ? `runs the Function ${fn.path}, which calls ${fn.helpdesk}`
        : undefined;
  if (!how) return;
  node.kind = 'human';
  node.label = `${node.label} (${how})`;
}

function hasWhatsApp(v: JNode | undefined): boolean {
  return v?.type === 'string' && /whatsapp:/i.test(String(v.value));
}

function kindOf(type: string): FlowNodeKind {
  switch (type) {
    case 'trigger':
      return 'trigger';
    case 'send-to-flex':
    case 'connect-call-to':
    case 'enqueue-call':
      return 'human';
    case 'send-message':
    case 'send-and-wait-for-reply':
    case 'say-play':
      return 'reply';
    case 'split-based-on':
    case 'gather-input-on-call':
      return 'router';
    case 'make-http-request':
    case 'run-function':
    case 'run-subflow':
      return 'webhook';
    default:
      return 'other';
  }
}

/**
 * The prompt of a Function the widget runs: the system message in its code, or the widget parameter the code reads
 * it from (`event.system_prompt`), else a parameter named like a prompt.
 */
function functionPrompt(
  src: JsonSource,
  state: JNode,
  name: string,
  fn: TwilioFunction,
  vars: FlowVariables,
): PromptUnit | undefined {
  if (fn.system)
    return {
      id: `function:${fn.path}`,
      label: `system message of the Twilio Function ${fn.path} run by '${name}'`,
      role: 'system',
      text: fn.system,
      variables: {},
      external: true,
    };
  const param = fn.systemParam
    ? seqItems(nodeAt(state, ['properties', 'parameters'])).find((p) => strAt(p, ['key']) === fn.systemParam)
    : undefined;
  const text = param ? scalarText(src, nodeAt(param, ['value'])) : undefined;
  if (text?.text.trim())
    return {
      id: `state:${name}:${fn.systemParam}`,
      label: `parameter '${fn.systemParam}' of '${name}' (the system message of the Function ${fn.path})`,
      role: 'system',
      text,
      variables: {},
    };
  return visiblePrompt(src, state, name, vars);
}

const PROMPT_PARAM = /^(system_?prompt|system_?message|instructions?|system|prompt)$/i;

/**
 * A prompt in plain sight: the system message of an OpenAI/Anthropic-style body a `make-http-request`
 * posts, or a `run-function` parameter named like `system_prompt`.
 */
function visiblePrompt(src: JsonSource, state: JNode, name: string, vars: FlowVariables): PromptUnit | undefined {
  for (const p of seqItems(nodeAt(state, ['properties', 'parameters']))) {
    const key = strAt(p, ['key']) ?? '';
    const written = PROMPT_PARAM.test(key) ? scalarText(src, nodeAt(p, ['value'])) : undefined;
    const set = written && flowVariable(written.text, vars);
    const text = set?.text ?? written;
    if (text?.text.trim())
      return {
        id: `state:${name}:${key}`,
        label: `parameter '${key}' of '${name}'${set ? ` (flow variable set in '${set.state}')` : ''}`,
        role: 'system',
        text,
        variables: {},
      };
  }
  const body = scalarText(src, nodeAt(state, ['properties', 'body']));
  if (!body) return undefined;
  // {"role": "system", "content": "..."} in either key order, or Anthropic's top-level "system": "...".
  const inBody = bodySystemMessage(body);
  if (!inBody) return undefined;
  // `"content": "{{flow.variables.system_prompt}}"`: the text a Set Variables widget of the flow gives it.
  const set = flowVariable(inBody.text, vars);
  if (set)
    return {
      id: `state:${name}:body`,
      label: `system message in the request body of '${name}' (flow variable set in '${set.state}')`,
      role: 'system',
      text: set.text,
      variables: {},
    };
  const text = inBody;
  return {
    id: `state:${name}:body`,
    label: `system message in the request body of '${name}'`,
    role: 'system',
    text,
    variables: {},
    nested: true,
  };
}
