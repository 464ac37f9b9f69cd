// The system message of a chat-completions request body written in a flow (a Twilio `make-http-request` body,
// an n8n HTTP Request node's JSON body): the body is text, often a template or an expression rather than JSON,
// so it is read by pattern, with offsets kept for the finding's range.
import type { MappedText } from '../../model/types';
import { subMapped } from '../../model/text';

/** `"role": "system"` (or `developer`) in JSON, or `role: 'system'` in a JavaScript object of an expression. */
const SYSTEM_ROLE = /["']?role["']?\s*:\s*["'](?:system|developer)["']/g;
/** A `content` (or Anthropic's top-level `system`) string value in double, single or back quotes. */
const CONTENT = /["']?content["']?\s*:\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/g;
const SYSTEM_KEY = /["']?system["']?\s*:\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1/;

/** The system message's text inside `body`, mapped to its place in the source, or undefined when there is none. */
export function bodySystemMessage(body: MappedText): MappedText | undefined {
  const text = body.text;
  for (const role of text.matchAll(SYSTEM_ROLE)) {
    // The content of the same message object: the first `content` after the object's opening brace.
    const open = text.lastIndexOf('{', role.index);
    CONTENT.lastIndex = open < 0 ? role.index : open;
    const content = CONTENT.exec(text);
    if (!content || !content[2].trim()) continue;
    const start = content.index + content[0].length - content[2].length - 1;
    return subMapped(body, start, start + content[2].length);
  }
  const system = SYSTEM_KEY.exec(text);
  if (!system || !system[2].trim()) return undefined;
  const start = system.index + system[0].length - system[2].length - 1;
  return subMapped(body, start, start + system[2].length);
}
