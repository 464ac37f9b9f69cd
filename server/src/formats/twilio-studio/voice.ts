/** A voice-only Studio flow: detection says why it is no chat bot (shown by `--explain-skips`). */

interface State {
  type?: unknown;
  transitions?: { event?: unknown; next?: unknown }[];
}

/** Widgets that read what the person answers: a flow with one of them is a conversation. */
const READS_REPLY = /^(send-and-wait-for-reply|gather-input-on-call)$/;
const LLM_STEP = /^(make-http-request|run-function)$/;

/**
 * Why a flow is not a chat bot, or undefined when it may be one: only incoming calls start it and no widget reads
 * what the caller says (no Gather Input On Call, no Send & Wait For Reply), so whatever model it calls (a voicemail
 * transcriber, a call summariser) answers nobody's messages. Flows too large or not JSON are left to the parser.
 */
export function voiceOnlyFlow(text: string): string | undefined {
  if (text.length > 2_000_000) return undefined;
  let root: { states?: unknown; definition?: { states?: unknown } };
  try {
    root = JSON.parse(text) as typeof root;
  } catch {
    return undefined;
  }
  const states = (Array.isArray(root?.states) ? root.states : root?.definition?.states) as State[] | undefined;
  if (!Array.isArray(states)) return undefined;
  const trigger = states.find((s) => s?.type === 'trigger');
  const leads = (event: RegExp) =>
    (Array.isArray(trigger?.transitions) ? trigger.transitions : []).some(
      (t) => typeof t?.event === 'string' && event.test(t.event) && !!t.next,
    );
  if (!trigger || !leads(/^incomingCall$/) || leads(/^incoming(Conversation)?Message$|^incomingRequest$/))
    return undefined;
  if (states.some((s) => typeof s?.type === 'string' && READS_REPLY.test(s.type))) return undefined;
  const calls = states.some((s) => typeof s?.type === 'string' && LLM_STEP.test(s.type));
  return (
    'a voice flow: only incoming calls start it and no widget reads what the caller says ' +
    `(no Gather Input On Call, no Send & Wait For Reply)${calls ? ', so the service it calls answers no messages' : ''}: not a chat bot`
  );
}
