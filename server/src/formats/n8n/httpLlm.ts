// An n8n HTTP Request node that calls a chat-completions API itself (the common shape of Evolution API, Z-API
// and WAHA webhook bots): the model's system message is in the request body the node sends — a JSON body, an
// expression string, or a `messages` / `system` body parameter.
import type { BotModel, FlowNode, MappedText } from '../../model/types';
import { LLM_ENDPOINT } from '../shared/handoff';
import { nodeAt, scalarText, seqItems, strAt, type JNode, type JsonSource } from '../shared/jsonSource';
import { bodySystemMessage } from '../shared/requestBody';

/** Only a template expression (`{{ $json.prompt }}`): the text is made at run time. */
const ONLY_EXPRESSION = /^\s*=?\s*(\{\{[\s\S]*?\}\}\s*)+$/;

/**
 * Turns `node` (an HTTP Request to a model API) into an LLM node: with the body's system message as its prompt,
 * with no prompt when the body sends the user's text alone, or into a hidden LLM when the prompt is built at run time.
 */
export function httpLlm(model: BotModel, src: JsonSource, n: JNode, node: FlowNode): void {
  const url = strAt(n, ['parameters', 'url']) ?? '';
  if (!LLM_ENDPOINT.test(url)) return;
  const bodies = requestBodies(src, n);
  let system: MappedText | undefined;
  for (const b of bodies) system ??= b.system ? b.text : bodySystemMessage(b.text);
  const messages = bodies.some(
    (b) => /["']?(messages|input|prompt|contents)["']?\s*[:=]/.test(b.text.text) || b.messages,
  );
  if (system && !ONLY_EXPRESSION.test(system.text)) {
    model.prompts.push({
      id: `node:${node.id}:body`,
      label: `system message in the request body of '${node.label}'`,
      role: 'system',
      text: system,
      variables: {},
      nested: true,
    });
    node.kind = 'llm';
    node.prompt = model.prompts.length - 1;
  } else if (!system && messages) {
    // The user's text goes to the model with no instructions at all.
    node.kind = 'llm';
  } else {
    model.notes.push({
      kind: 'hidden-llm',
      ref: node.ref,
      detail: `'${node.label}' calls a model API (${url.replace(/^=/, '')}) with instructions made at run time`,
    });
  }
}

interface Body {
  text: MappedText;
  /** The value of a `system` body parameter: the system message itself. */
  system?: boolean;
  /** The value of a `messages` body parameter. */
  messages?: boolean;
}

/** The request bodies of an HTTP Request node: `jsonBody` / `body` strings and the named body parameters. */
function requestBodies(src: JsonSource, n: JNode): Body[] {
  const out: Body[] = [];
  for (const key of ['jsonBody', 'body', 'rawBody']) {
    const text = scalarText(src, nodeAt(n, ['parameters', key]));
    if (text?.text.trim()) out.push({ text });
  }
  for (const p of seqItems(nodeAt(n, ['parameters', 'bodyParameters', 'parameters']))) {
    const name = strAt(p, ['name']) ?? '';
    const text = scalarText(src, nodeAt(p, ['value']));
    if (!text?.text.trim()) continue;
    if (/^(system|system_?prompt|instructions)$/i.test(name)) out.push({ text: withoutEquals(text), system: true });
    else if (/^(messages|input|prompt|contents)$/i.test(name)) out.push({ text, messages: true });
  }
  return out;
}

/** A leading "=" marks an n8n expression; it is not part of the text. */
function withoutEquals(text: MappedText): MappedText {
  return text.text.startsWith('=')
    ? { ...text, text: text.text.slice(1), toSource: (i: number) => text.toSource(i + 1) }
    : text;
}
