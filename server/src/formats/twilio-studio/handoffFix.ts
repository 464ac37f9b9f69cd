import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { BotModel } from '../../model/types';
import { diffEdit, formattingFor } from '../shared/edits';
import type { Fix, FixContext } from '../../model/fixes';

const SPLIT = 'wants_human';
const FLEX = 'handoff_to_agent';

/**
 * Twilio Studio: the trigger's incoming message, and every reply inside a send-and-wait loop, first
 * goes through a split that sends requests for a person to a `send-to-flex` state (Flex agent
 * queue); every other message continues as before.
 */
export function twilioHandoffFix(ctx: FixContext, model: BotModel): Fix | undefined {
  const before = ctx.textOf(model.uri);
  const root = parseTree(before);
  const states = root && findNodeAtLocation(root, ['states']);
  if (!states?.children) return undefined;
  const names = new Set(states.children.map((s) => String(getNodeValue(s)?.name)));
  if (names.has(SPLIT) || names.has(FLEX)) return undefined;
  const triggerIndex = states.children.findIndex((s) => getNodeValue(s)?.type === 'trigger');
  if (triggerIndex < 0) return undefined;
  const transitions: { event?: string; next?: string }[] =
    getNodeValue(states.children[triggerIndex]).transitions ?? [];
  const messageIndex = transitions.findIndex(
    (t) => t.event === 'incomingMessage' || t.event === 'incomingConversationMessage',
  );
  if (messageIndex < 0) return undefined;
  const previousNext = transitions[messageIndex].next;
  const fmt: FormattingOptions = {
    insertSpaces: true,
    tabSize: /\n( +)\S/.exec(before)?.[1].length ?? 2,
    eol: before.includes('\r\n') ? '\r\n' : '\n',
  };
  let text = before;
  const apply = (path: (string | number)[], value: unknown) =>
    (text = applyEdits(
      text,
      modify(text, path, value, {
        formattingOptions: formattingFor(text, fmt),
        isArrayInsertion: path[path.length - 1] === -1,
      }),
    ));
  apply(['states', -1], splitState(SPLIT, '{{trigger.message.Body}}', previousNext));
  apply(['states', -1], {
    name: FLEX,
    type: 'send-to-flex',
    transitions: [{ event: 'callComplete' }, { event: 'failedToEnqueue' }, { event: 'callFailure' }],
    properties: {
      workflow: '<YOUR FLEX WORKFLOW SID>',
      channel: '<YOUR TASK CHANNEL SID>',
      attributes: '{"name": "{{trigger.message.From}}", "channelType": "whatsapp"}',
    },
  });
  apply(['states', triggerIndex, 'transitions', messageIndex, 'next'], SPLIT);
  // Replies inside a send-and-wait loop get the same check, on that widget's inbound message.
  states.children.forEach((state, index) => {
    const value = getNodeValue(state) as {
      name?: string;
      type?: string;
      transitions?: { event?: string; next?: string }[];
    };
    if (value.type !== 'send-and-wait-for-reply' || !value.name) return;
    const reply = (value.transitions ?? []).findIndex((t) => t.event === 'incomingMessage' && t.next);
    if (reply < 0) return;
    const split = `${SPLIT}_${value.name}`;
    if (names.has(split)) return;
    apply(['states', -1], splitState(split, `{{widgets.${value.name}.inbound.Body}}`, value.transitions![reply].next));
    apply(['states', index, 'transitions', reply, 'next'], split);
  });
  return {
    title: 'Add a send-to-flex handoff for messages that ask for a person',
    edits: [diffEdit(model.uri, before, text)],
    l10n: { key: 'fix.twilioHandoff' },
  };
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
