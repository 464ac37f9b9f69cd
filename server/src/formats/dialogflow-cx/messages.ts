import { switchedOffValue } from '../../analysis/switchedOff';
import { phoneContact } from '../shared/handoff';
import { nodeAt, seqItems, mapEntries, strAt, value, type JNode } from '../shared/jsonSource';

/**
 * What Dialogflow CX's predefined generative fallback prompt does when the agent selects no prompt of
 * its own (Google's docs: greet and say goodbye, repeat what the agent said, hold the line, summarise
 * the conversation), grounded in the flow and route descriptions of the agent.
 */
export const DEFAULT_FALLBACK_PROMPT =
  'You are the virtual agent of this business. Only handle basic conversation about the topics of this agent ($flow-description, $route-descriptions): greet and say goodbye, repeat what you said, hold the line when asked, and summarise the conversation. If the user asks about anything else, say that you can only help with these topics.';

const PAYLOAD_HANDOFF = /transfer|hand-?off|live.?agent|human|escalat|operator|agent_?queue/i;

/**
 * A payload entry that switches the handoff it names off (`"handoff_enabled": false`, `"live_agent": "disabled"`,
 * `"handoff": {"enabled": false}`): read the way the prompt analysis reads a configuration's handoff setting.
 */
function switchedOff(key: string, v: JNode): boolean {
  const text = `${JSON.stringify(key)}: ${JSON.stringify(value(v)) ?? 'null'}`;
  return switchedOffValue(text, JSON.stringify(key).length) >= 0;
}

/**
 * Fulfillment messages that give the customer a person: a text with a phone number to call, or a
 * custom payload asking the integration for a transfer (`{"transfer": …}`, `{"handoff": …}`). A payload whose
 * handoff key is switched off (`"handoff_enabled": false`) asks for none.
 */
export function humanMessages(messages: JNode | undefined): { node: JNode; label: string }[] {
  const out: { node: JNode; label: string }[] = [];
  for (const m of seqItems(messages)) {
    for (const t of seqItems(nodeAt(m, ['text', 'text']))) {
      const text = t.type === 'string' ? String(t.value) : '';
      const phone = phoneContact(text);
      if (phone) out.push({ node: t, label: `phone number ${phone}` });
    }
    const payload = nodeAt(m, ['payload']);
    const key = mapEntries(payload).find(
      ([k, v]) =>
        (PAYLOAD_HANDOFF.test(k) && !switchedOff(k, v)) ||
        (v.type === 'string' && PAYLOAD_HANDOFF.test(String(v.value)) && /action|type|event|intent/i.test(k)),
    );
    if (payload && key)
      out.push({
        node: payload,
        label: `custom transfer payload '${key[0]}'${strAt(payload, [key[0]]) ? ` (${strAt(payload, [key[0]])})` : ''}`,
      });
  }
  return out;
}
