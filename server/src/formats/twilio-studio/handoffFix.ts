import { findNodeAtLocation, getNodeValue, parseTree } from 'jsonc-parser';
import type { BotModel } from '../../model/types';
import { appendEdit, hasRootKey, indentUnit, mergeTouching, replaceEdit } from '../shared/jsonInsert';
import { keptTree } from '../shared/jsonReparse';
import type { FileEdit, Fix, FixContext } from '../../model/fixes';

const SPLIT = 'wants_human';
const FLEX = 'handoff_to_agent';
const MESSAGE_EVENTS = new Set(['incomingMessage', 'incomingConversationMessage']);

/**
 * Twilio Studio: the trigger's incoming message, and every reply inside a send-and-wait loop, first
 * goes through a split that sends requests for a person to a `send-to-flex` state (Flex agent
 * queue); every other message continues as before.
 *
 * Whether the fix applies is read from the model (state names, the trigger's message transition); its edits —
 * the new states appended to `states`, the `next` of each rerouted transition replaced — are built when first read
 * (`codeAction/resolve`), each at its own place in the file, which keeps its layout.
 */
export function twilioHandoffFix(ctx: FixContext, model: BotModel): Fix | undefined {
  const before = ctx.textOf(model.uri);
  const flow = model.flow;
  if (!flow) return undefined;
  const names = new Set(flow.nodes.map((n) => n.id));
  if (names.has(SPLIT) || names.has(FLEX)) return undefined;
  const trigger = flow.nodes.find((n) => n.attrs?.type === 'trigger');
  if (!trigger || !flow.edges.some((e) => e.from === trigger.id && MESSAGE_EVENTS.has(e.label ?? ''))) return undefined;
  // The REST API's wrapper (`{definition: {states}}`) is read for findings, but the fix edits a flow's own `states`.
  if (!hasRootKey(before, 'states')) return undefined;
  const uri = model.uri;
  let edits: FileEdit[] | undefined;
  return {
    title: 'Add a send-to-flex handoff for messages that ask for a person',
    get edits() {
      return (edits ??= handoffEdits(uri, before));
    },
    l10n: { key: 'fix.twilioHandoff' },
  };
}

function handoffEdits(uri: string, before: string): FileEdit[] {
  const root = keptTree(uri, before) ?? parseTree(before);
  const states = root && findNodeAtLocation(root, ['states']);
  if (states?.type !== 'array' || !states.children?.length) return [];
  const values = states.children.map(
    (s) =>
      (getNodeValue(s) ?? {}) as { name?: string; type?: string; transitions?: { event?: string; next?: string }[] },
  );
  const names = new Set(values.map((v) => String(v.name)));
  if (names.has(SPLIT) || names.has(FLEX)) return [];
  const triggerIndex = values.findIndex((v) => v.type === 'trigger');
  if (triggerIndex < 0) return [];
  const transitions = values[triggerIndex].transitions ?? [];
  const messageIndex = transitions.findIndex((t) => MESSAGE_EVENTS.has(t.event ?? ''));
  if (messageIndex < 0) return [];
  const unit = indentUnit(before);
  const added: unknown[] = [
    splitState(SPLIT, '{{trigger.message.Body}}', transitions[messageIndex].next),
    {
      name: FLEX,
      type: 'send-to-flex',
      transitions: [{ event: 'callComplete' }, { event: 'failedToEnqueue' }, { event: 'callFailure' }],
      properties: {
        workflow: '<YOUR FLEX WORKFLOW SID>',
        channel: '<YOUR TASK CHANNEL SID>',
        attributes: '{"name": "{{trigger.message.From}}", "channelType": "whatsapp"}',
      },
    },
  ];
  const out: FileEdit[] = [];
  const reroute = (stateIndex: number, transitionIndex: number, to: string) => {
    const t = findNodeAtLocation(states, [stateIndex, 'transitions', transitionIndex]);
    if (t?.type !== 'object') return;
    const next = findNodeAtLocation(t, ['next']);
    out.push(next ? replaceEdit(uri, before, next, to, unit) : appendEdit(uri, before, t, to, 'next', unit));
  };
  reroute(triggerIndex, messageIndex, SPLIT);
  // Replies inside a send-and-wait loop get the same check, on that widget's inbound message.
  values.forEach((value, index) => {
    if (value.type !== 'send-and-wait-for-reply' || !value.name) return;
    const reply = (value.transitions ?? []).findIndex((t) => t.event === 'incomingMessage' && t.next);
    if (reply < 0) return;
    const split = `${SPLIT}_${value.name}`;
    if (names.has(split)) return;
    added.push(splitState(split, `{{widgets.${value.name}.inbound.Body}}`, value.transitions![reply].next));
    reroute(index, reply, split);
  });
  // Insertions at the end of `states`: mergeTouching joins them into one edit, in this order.
  out.push(...added.map((v) => appendEdit(uri, before, states, v, undefined, unit)));
  return mergeTouching(out);
}

/** A split that sends messages asking for a person to the Flex handoff, and the rest on to `next`. */
function splitState(name: string, input: string, next: string | undefined): unknown {
  return {
    name,
    type: 'split-based-on',
    transitions: [
      { event: 'noMatch', ...(next ? { next } : {}) },
      {
        event: 'match',
        next: FLEX,
        conditions: [
          {
            friendly_name: 'asks for a person',
            arguments: [input],
            type: 'matches_any_of',
            value: 'agent, human, person, representative',
          },
        ],
      },
    ],
    properties: { input },
  };
}
