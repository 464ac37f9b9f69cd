// What n8n steps say about a path to a person by their own content: a send step whose text gives a contact, a staff
// approval that is no conversation, and a prompt's handoff through a step the export has switched off.
import { contactOffered } from '../shared/handoff';
import { strAt, type JNode } from '../shared/jsonSource';

/** Message fields of the send nodes (WhatsApp `textBody`, Twilio `message`, Telegram `text`). */
const SENT_TEXT = ['textBody', 'message', 'text'];

/**
 * A send step whose own text gives the customer a way to a person (a staffed number, a click-to-chat link, an e-mail
 * address): the same reading as a reply of any other format. An expression's literal text counts; its `{{ }}` parts
 * are not read.
 */
export function sentText(n: JNode): string | undefined {
  for (const key of SENT_TEXT) {
    const v = strAt(n, ['parameters', key]);
    if (!v) continue;
    const literal = v.replace(/^=/, '').replace(/\{\{[^}]*\}\}/g, ' ');
    const contact = literal.trim() ? contactOffered(literal) : undefined;
    if (contact) return contact;
  }
  return undefined;
}

/**
 * A "send and wait for response" step (n8n's human-in-the-loop operation of Gmail, Slack, Teams, Telegram…) that waits
 * for a button (approve/decline) or a form: staff decide something for the workflow and never talk to the customer.
 * One that waits for a free-text answer lets the person write what the flow sends on, so it stays a human step.
 */
export function approvalGate(n: JNode): boolean {
  return (
    strAt(n, ['parameters', 'operation']) === 'sendAndWait' && strAt(n, ['parameters', 'responseType']) !== 'freeText'
  );
}
