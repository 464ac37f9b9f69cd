import type { FormatAdapter } from '../types';
import { looksLikeLangflow, parseLangflow } from './parse';
import { MESSAGING_SEND } from '../shared/handoff';

export const langflow: FormatAdapter = {
  kind: 'langflow',
  title: 'Langflow flow',
  activation: ['**/*langflow*.json'],
  detect: (f) => {
    if (!/\.json$/i.test(f.base) || !looksLikeLangflow(f.head())) return false;
    // A flow with no chat input or output (a webhook or schedule data job) talks to no one, unless it messages people.
    if (!/"type"\s*:\s*"Chat(Input|Output)"/.test(f.text()) && !sendsMessages(f.text()))
      return 'a Langflow flow with no Chat Input or Chat Output component (a data job): not a chat bot';
    return true;
  },
  testData: true,
  parse: parseLangflow,
};

/** A URL in a JSON string (an API Request component's URL, a field's value), up to its closing quote. */
const URL_IN_STRING = /https?:\/\/[^"\s\\]+/g;
/** A component's class (`"type": "TwilioWhatsAppSender"`): a sending component is named after its channel. */
const COMPONENT_TYPE = /"type"\s*:\s*"([^"\\]{1,100})"/g;
/** Links that open a chat with a person in the user's app (click-to-chat): they send nothing. */
const CLICK_TO_CHAT = /wa\.me\/|whatsapp\.com\/send|whatsapp\.com\/message/i;

/**
 * A data job that still messages people: a URL of the WhatsApp or Twilio API (in an API Request component or in
 * component code) or a component named after such a channel. Only URLs and component classes count: a note or a
 * prompt that mentions WhatsApp ("sales reps call the lead on WhatsApp") sends nothing.
 */
function sendsMessages(text: string): boolean {
  for (const m of text.matchAll(URL_IN_STRING)) if (!CLICK_TO_CHAT.test(m[0]) && MESSAGING_SEND.test(m[0])) return true;
  for (const m of text.matchAll(COMPONENT_TYPE)) if (MESSAGING_SEND.test(m[1])) return true;
  return false;
}
