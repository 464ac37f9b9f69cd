import { HASH_COMMENT, type FormatAdapter } from '../types';
import { looksLikeDify, parseDify } from './parse';
import { MESSAGING_SEND } from '../shared/handoff';

export const dify: FormatAdapter = {
  kind: 'dify',
  title: 'Dify app DSL',
  activation: ['**/*.dify.yml', '**/dify/**/*.yml'],
  detect: (f) => {
    if (!/\.ya?ml$/i.test(f.base) || !looksLikeDify(f.head())) return false;
    // A workflow app runs once per input (a form, an API call) and has no conversation, unless it messages people.
    if (/^\s+mode:\s*['"]?workflow\b/m.test(f.head()) && !sendsMessages(f.text()))
      return 'a Dify workflow app (app.mode: workflow): it runs on an input and keeps no chat, so it is not a chat bot';
    return true;
  },
  testData: true,
  parse: parseDify,
  commentStyle: () => HASH_COMMENT,
  yamlScalars: true,
};

/** Keys that say where a node sends something: an HTTP node's URL, a tool's or plugin's provider. */
const SENDER_LINE =
  /^[\s-]*(?:url|provider_id|provider_name|tool_name|plugin_id|plugin_unique_identifier|marketplace_plugin_unique_identifier):.*$/gm;

/**
 * A workflow app that sends messages itself (an HTTP node posting to the WhatsApp or Twilio API, a WhatsApp tool).
 * Only the keys that configure a node count: a prompt that mentions WhatsApp chat logs sends nothing.
 */
function sendsMessages(text: string): boolean {
  for (const m of text.matchAll(SENDER_LINE)) if (MESSAGING_SEND.test(m[0])) return true;
  return false;
}
