import {
  emptyModel,
  type BotModel,
  type FlowEdge,
  type FlowNode,
  type FlowNodeKind,
  type MappedText,
} from '../../model/types';
import {
  nodeAt,
  seqItems,
  keySpan,
  parseJson,
  refOf,
  scalarText,
  strAt,
  value,
  type JNode,
  type JsonSource,
} from '../shared/jsonSource';
import { normaliseProvider } from '../shared/providers';
import { contactOffered, HELPDESK } from '../shared/handoff';
import { fillMapped } from '../../model/text';
import { reachable } from '../shared/reach';
import { grantInMessage, variableAssignments, VARIABLE, type Assignment } from './assistantMessage';

/** Typebot blocks that call a chat model (the OpenAI block and the forged provider blocks). */
const LLM_BLOCKS =
  /^(openai|open ?ai|anthropic|mistral|groq|together-ai|open-router|perplexity|deepseek|gemini|google-gemini)$/i;
/**
 * The Chatwoot block opens Chatwoot's web widget in the browser (client-side script); Typebot's runtime skips it on
 * WhatsApp (`if (state.whatsApp) return { outgoingEdgeId }`), and "Close widget" closes it: no chat is handed over.
 */
const WEB_WIDGET_BLOCKS = /^(chatwoot)$/i;
const WEBHOOK_BLOCKS = /^(webhook|zapier|make\.com|pabbly connect|http request|dify-ai|nocodb|google sheets)$/i;

/**
 * Cheap content check: a Typebot export has `groups[]` and `edges[]` plus `typebot`, `events` or a WhatsApp
 * credential; a v5 export (before `events`) has none of those but starts in a `start` block inside a group's `blocks`.
 */
export function looksLikeTypebot(text: string): boolean {
  return (
    text.includes('"groups"') &&
    text.includes('"edges"') &&
    (text.includes('"typebot"') ||
      text.includes('"events"') ||
      text.includes('"whatsAppCredentialsId"') ||
      (text.includes('"blocks"') && /"type"\s*:\s*"start"/.test(text)))
  );
}

export function parseTypebot(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('typebot', uri);
  model.issues.push(...src.issues);
  // Exports from the builder wrap the bot: `{ "typebot": { ... } }`.
  const bot = nodeAt(src.root, ['typebot'])?.type === 'object' ? nodeAt(src.root, ['typebot']) : src.root;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const firstOfGroup = new Map<string, string>();
  const lastOfGroup = new Map<string, string>();
  // Edge id → the event or block whose `outgoingEdgeId` (its own, or one of its items') names it.
  const edgeOwner = new Map<string, string>();
  const itemEdges = new Set<string>();
  const own = (holder: JNode, id: string, item = false) => {
    const e = strAt(holder, ['outgoingEdgeId']);
    if (!e || edgeOwner.has(e)) return;
    edgeOwner.set(e, id);
    if (item) itemEdges.add(e);
  };
  // Set variable values (read when a prompt holds a `{{variable}}`); the LLM blocks whose system message holds one.
  const { assignmentsOf, literalsOf, templated } = variableReader(src, bot);
  const wa = bot && keySpan(bot, 'whatsAppCredentialsId');
  if (wa && strAt(bot, ['whatsAppCredentialsId'])) model.whatsapp = { uri, span: wa };

  for (const ev of seqItems(nodeAt(bot, ['events']))) {
    const id = strAt(ev, ['id']);
    if (!id) continue;
    const type = strAt(ev, ['type']) ?? 'event';
    own(ev, id);
    nodes.push({
      id,
      label: type === 'start' ? 'Start' : `${type} event`,
      kind: type === 'start' ? 'trigger' : 'other',
      ref: { uri, span: keySpan(ev, 'type') ?? refOf(src, ev).span },
      attrs: { type },
    });
  }

  for (const g of seqItems(nodeAt(bot, ['groups']))) {
    const gid = strAt(g, ['id']);
    const title = strAt(g, ['title']) ?? gid ?? 'group';
    let prev: string | undefined;
    seqItems(nodeAt(g, ['blocks'])).forEach((b, i) => {
      const type = strAt(b, ['type']) ?? '';
      const id = strAt(b, ['id']) ?? `${gid}#${i}`;
      const node: FlowNode = {
        id,
        label: `${title} / ${type || 'block'} ${i + 1}`,
        kind: kindOf(b, type),
        ref: { uri, span: keySpan(b, 'type') ?? refOf(src, b).span },
        attrs: { type, group: title },
      };
      if (WEB_WIDGET_BLOCKS.test(type))
        node.label += ` (${type} web widget: Typebot skips it on WhatsApp, no chat is handed to a person)`;
      own(b, id);
      for (const item of seqItems(nodeAt(b, ['items']))) own(item, id, true);
      const stored = storedPrompt(b, type);
      if (stored) storedAssistant(model, src, b, node, stored, literalsOf);
      if (node.kind === 'llm') {
        node.prompt ??= addPrompt(model, src, b, node.label, id, literalsOf, templated, node);
        const m = strAt(b, ['options', 'model']);
        model.models.push({ provider: normaliseProvider(type, m) ?? 'other', model: m, ref: node.ref });
      }
      nodes.push(node);
      if (gid && i === 0) firstOfGroup.set(gid, id);
      if (gid) lastOfGroup.set(gid, id);
      // Blocks of a group run in order.
      if (prev) edges.push({ from: prev, to: id });
      prev = id;
    });
  }

  // Typebot's runtime follows `outgoingEdgeId`: the block that names an edge is where it starts, whatever the
  // edge's own `from` says (exports whose `from.blockId` holds the id of a choice item, not of its block).
  for (const e of seqItems(nodeAt(bot, ['edges']))) {
    const from =
      edgeOwner.get(strAt(e, ['id']) ?? '') ??
      strAt(e, ['from', 'blockId']) ??
      strAt(e, ['from', 'eventId']) ??
      lastOfGroup.get(strAt(e, ['from', 'groupId']) ?? '');
    const toGroup = strAt(e, ['to', 'groupId']);
    const to = strAt(e, ['to', 'blockId']) ?? (toGroup ? firstOfGroup.get(toGroup) : undefined);
    const item = !!strAt(e, ['from', 'itemId']) || itemEdges.has(strAt(e, ['id']) ?? '');
    if (from && to) edges.push({ from, to, label: item ? 'item' : undefined });
  }
  if (templated.length) promptVariants(model, nodes, edges, templated, assignmentsOf());
  model.flow = { nodes, edges };
  return model;
}

/**
 * A system message that is a variable (`{{system_prompt}}`) which several Set variable blocks fill with different
 * texts (a scoped prompt set at the start, "answer anything" set on a Condition's other branch) is each of those
 * texts on the paths after the block that sets it. The prompt is read with the first value; every other value that a
 * Set variable block gives before the LLM block (on a path that leads to it) becomes a variant of the LLM block,
 * reached from that Set variable block, so the flow rules judge what the model is told on that path.
 */
function promptVariants(
  model: BotModel,
  nodes: FlowNode[],
  edges: FlowEdge[],
  templated: { node: FlowNode; written: MappedText }[],
  assignments: Map<string, Assignment[]>,
): void {
  const leadsTo = (from: string, to: string): boolean => reachable({ nodes, edges }, undefined, [from]).has(to);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const { node, written } of templated) {
    const names = new Set([...written.text.matchAll(VARIABLE)].map((m) => m[1]));
    for (const name of names) {
      const list = assignments.get(name) ?? [];
      const seen = new Set([list[0]?.text.text.trim()]);
      for (const a of list.slice(1)) {
        if (seen.has(a.text.text.trim()) || !byId.has(a.block) || !leadsTo(a.block, node.id)) continue;
        seen.add(a.text.text.trim());
        const text = fillMapped(written, VARIABLE, (n) => (n === name ? a.text : assignments.get(n)?.[0]?.text));
        const setter = byId.get(a.block)!;
        model.prompts.push({
          id: `block:${node.id}@${a.block}`,
          label: `AI block '${node.label}' with the {{${name}}} that '${setter.label}' sets`,
          role: 'system',
          text,
          variables: {},
          nested: true,
        });
        const variant: FlowNode = {
          ...node,
          id: `${node.id}@${a.block}`,
          label: `${node.label} (with {{${name}}} as '${setter.label}' sets it)`,
          prompt: model.prompts.length - 1,
        };
        nodes.push(variant);
        byId.set(variant.id, variant);
        edges.push({ from: a.block, to: variant.id, label: `sets {{${name}}}` });
      }
    }
  }
}

/** The values Set variable blocks give variables, read once and only when asked for. */
function variableReader(src: JsonSource, bot: JNode | undefined) {
  let assignments: Map<string, Assignment[]> | undefined;
  const assignmentsOf = () => (assignments ??= variableAssignments(src, bot));
  let literals: Map<string, MappedText> | undefined;
  const literalsOf = () =>
    (literals ??= new Map([...assignmentsOf()].map(([name, list]) => [name, list[0].text] as const)));
  const templated: { node: FlowNode; written: MappedText }[] = [];
  return { assignmentsOf, literalsOf, templated };
}

function kindOf(b: JNode, type: string): FlowNodeKind {
  if (type === 'start') return 'trigger';
  if (LLM_BLOCKS.test(type)) {
    const action = strAt(b, ['options', 'action']) ?? '';
    // Embeddings, images, speech: no conversation.
    return !action || /chat|message|completion|ask assistant/i.test(action) ? 'llm' : 'other';
  }
  if (WEB_WIDGET_BLOCKS.test(type)) return 'other';
  // An HTTP request to a helpdesk (a Chatwoot conversation, a Zendesk ticket) hands the chat to a person.
  if (WEBHOOK_BLOCKS.test(type)) return HELPDESK.test(webhookUrl(b)) ? 'human' : 'webhook';
  // A bubble that gives the business's phone number or e-mail is a way to reach a person.
  if (/^text$/i.test(type) && contactOffered(bubbleText(value(nodeAt(b, ['content'])))) !== undefined) return 'human';
  if (/^(Condition|choice input|picture choice input|AB test)$/i.test(type)) return 'router';
  if (/input$/i.test(type)) return 'reply';
  if (/^(text|image|video|audio|embed)$/i.test(type)) return 'reply';
  return 'other';
}

/** The URL of an HTTP block: `options.webhook.url` (Typebot ≥ 6), `options.url`, or the older top-level `webhook`. */
function webhookUrl(b: JNode): string {
  return strAt(b, ['options', 'webhook', 'url']) ?? strAt(b, ['options', 'url']) ?? strAt(b, ['webhook', 'url']) ?? '';
}

/** The words of a text bubble: every `text` leaf of its rich text (Slate nodes), or its `plainText`. */
function bubbleText(content: unknown, depth = 0): string {
  if (depth > 20 || !content || typeof content !== 'object') return '';
  if (Array.isArray(content)) return content.map((c) => bubbleText(c, depth + 1)).join(' ');
  const o = content as Record<string, unknown>;
  if (typeof o.plainText === 'string') return o.plainText;
  const own = typeof o.text === 'string' ? o.text : '';
  return [own, bubbleText(o.richText, depth + 1), bubbleText(o.children, depth + 1)].join(' ');
}

/**
 * A block that runs an assistant configured elsewhere hides its prompt; instructions sent with each message that
 * grant general use open it, whatever the stored ones say.
 */
function storedAssistant(
  model: BotModel,
  src: JsonSource,
  b: JNode,
  node: FlowNode,
  stored: string,
  literals: () => Map<string, MappedText>,
): void {
  node.kind = 'webhook';
  model.notes.push({ kind: 'hidden-llm', ref: node.ref, detail: `'${node.label}' ${stored}` });
  const grant = grantInMessage(src, b, literals);
  if (!grant) return;
  node.kind = 'llm';
  model.prompts.push({
    id: `block:${node.id}`,
    label: `instructions in the message '${node.label}' sends to the assistant`,
    role: 'system',
    text: grant,
    variables: {},
    nested: true,
  });
  node.prompt = model.prompts.length - 1;
}

/** Blocks that run an assistant configured elsewhere (an OpenAI assistant, a Dify app): its prompt is not here. */
function storedPrompt(b: JNode, type: string): string | undefined {
  const action = strAt(b, ['options', 'action']) ?? '';
  if (/^open ?ai$/i.test(type) && /assistant/i.test(action))
    return 'asks an OpenAI assistant, whose instructions are stored at OpenAI';
  if (/^dify-ai$/i.test(type)) return 'sends the message to a Dify app, whose prompt is in Dify';
  return undefined;
}

/**
 * The system message of an AI block; the `{{variables}}` in it that Set variable blocks fill with literal text are
 * read as that text (`{{system_prompt}}` set in a config group), found in the Set variable block (no edits there).
 */
function addPrompt(
  model: BotModel,
  src: JsonSource,
  b: JNode,
  label: string,
  id: string,
  literals: () => Map<string, MappedText>,
  templated: { node: FlowNode; written: MappedText }[],
  flowNode: FlowNode,
): number | undefined {
  let node: JNode | undefined;
  for (const m of seqItems(nodeAt(b, ['options', 'messages']))) {
    if (strAt(m, ['role']) === 'system') {
      node = nodeAt(m, ['content']);
      break;
    }
  }
  node ??= nodeAt(b, ['options', 'systemMessage']) ?? nodeAt(b, ['options', 'instructions']);
  const written = scalarText(src, node);
  if (!written || !written.text.trim()) return undefined;
  const text = written.text.includes('{{') ? fillMapped(written, VARIABLE, (name) => literals().get(name)) : written;
  const filled = text !== written;
  if (filled) templated.push({ node: flowNode, written });
  model.prompts.push({
    id: `block:${id}`,
    label: `AI block '${label}'${filled ? ' (with the text Set variable blocks give its variables)' : ''}`,
    role: 'system',
    text,
    variables: {},
    ...(filled ? { nested: true } : {}),
  });
  return model.prompts.length - 1;
}
