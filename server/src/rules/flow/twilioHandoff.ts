import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import type { BotModel } from '../../model/types';
import { diffEdit } from '../edits';
import type { Fix, RuleContext } from '../types';

const SPLIT = 'wants_human';
const FLEX = 'handoff_to_agent';

/**
 * Twilio Studio: the trigger's incoming message first goes through a split that sends requests for
 * a person to a `send-to-flex` state (Flex agent queue); every other message continues as before.
 */
export function twilioHandoffFix(ctx: RuleContext, model: BotModel): Fix | undefined {
  const before = ctx.textOf(model.uri);
  const root = parseTree(before);
  const states = root && findNodeAtLocation(root, ['states']);
  if (!states?.children) return undefined;
  const names = new Set(states.children.map((s) => String(getNodeValue(s)?.name)));
  if (names.has(SPLIT) || names.has(FLEX)) return undefined;
  const triggerIndex = states.children.findIndex((s) => getNodeValue(s)?.type === 'trigger');
  if (triggerIndex < 0) return undefined;
  const transitions: { event?: string; next?: string }[] = getNodeValue(states.children[triggerIndex]).transitions ?? [];
  const messageIndex = transitions.findIndex((t) => t.event === 'incomingMessage' || t.event === 'incomingConversationMessage');
  if (messageIndex < 0) return undefined;
  const previousNext = transitions[messageIndex].next;
  const fmt: FormattingOptions = { insertSpaces: true, tabSize: /\n( +)\S/.exec(before)?.[1].length ?? 2, eol: before.includes('\r\n') ? '\r\n' : '\n' };
  let text = before;
  const apply = (path: (string | number)[], value: unknown) => (text = applyEdits(text, modify(text, path, value, { formattingOptions: fmt, isArrayInsertion: path[path.length - 1] === -1 })));
  apply(['states', -1], {
    name: SPLIT,
    type: 'split-based-on',
    transitions: [
      { event: 'noMatch', ...(previousNext ? { next: previousNext } : {}) },
      { event: 'match', next: FLEX, conditions: [{ friendly_name: 'asks for a person', arguments: ['{{trigger.message.Body}}'], type: 'matches_any_of', value: 'agent, human, person, representative' }] },
    ],
    properties: { input: '{{trigger.message.Body}}' },
  });
  apply(['states', -1], {
    name: FLEX,
    type: 'send-to-flex',
    transitions: [{ event: 'callComplete' }, { event: 'failedToEnqueue' }, { event: 'callFailure' }],
    properties: { workflow: '<YOUR FLEX WORKFLOW SID>', channel: '<YOUR TASK CHANNEL SID>', attributes: '{"name": "{{trigger.message.From}}", "channelType": "whatsapp"}' },
  });
  apply(['states', triggerIndex, 'transitions', messageIndex, 'next'], SPLIT);
  return { title: 'Add a send-to-flex handoff for messages that ask for a person', edits: [diffEdit(model.uri, before, text)] };
}
