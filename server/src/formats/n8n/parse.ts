import { emptyModel, type BotModel, type FlowNode, type FlowNodeKind } from '../../model/types';
import { at, items, keySpanOf, parseJson, props, ref, stringText, strAt, type JNode, type JsonSource } from '../shared/jsonSource';
import { normaliseProvider } from '../shared/providers';

const HUMAN_TYPES = /\.(slack|gmail|emailSend|microsoftOutlook|microsoftTeams|discord|mattermost|rocketchat|chatwoot|zendesk|freshdesk|helpScout|intercom|zammad|sendGrid|mailgun)$/i;
const HUMAN_URL = /chatwoot|zendesk|freshdesk|intercom|helpscout|zammad|front\.com|hubspot|crisp\.chat|\/assign|handoff|hand-off|live-?agent|human/i;
const LLM_TYPES = /@n8n\/n8n-nodes-langchain\.(agent|chainLlm|openAi|chainRetrievalQa|anthropic|googleGemini|mistralAi)$|n8n-nodes-base\.openAi$/;
const MODEL_TYPES = /@n8n\/n8n-nodes-langchain\.lmChat(\w+)$|@n8n\/n8n-nodes-langchain\.lm(\w+)$/;

/** Cheap content check: an n8n workflow has `nodes[]` with n8n node types and `connections`. */
export function looksLikeN8n(text: string): boolean {
  return text.includes('"connections"') && /"type"\s*:\s*"(n8n-nodes-base\.|@n8n\/)/.test(text);
}

export function parseN8n(uri: string, text: string): BotModel {
  const src = parseJson(uri, text);
  const model = emptyModel('n8n', uri);
  model.issues.push(...src.issues);
  const nodes = items(at(src.root, ['nodes']));
  const byName = new Map<string, FlowNode>();
  const flow = { nodes: [] as FlowNode[], edges: [] as { from: string; to: string; label?: string }[] };
  for (const n of nodes) {
    const type = strAt(n, ['type']) ?? '';
    const name = strAt(n, ['name']) ?? type;
    const node: FlowNode = { id: name, label: name, kind: kindOf(n, type), ref: { uri, span: keySpanOf(n, 'name') ?? ref(src, n).span }, attrs: { type } };
    if (node.kind === 'llm') node.prompt = addPrompt(model, src, n, name);
    if (/whatsApp/i.test(type)) model.whatsapp ??= node.ref;
    const m = MODEL_TYPES.exec(type);
    if (m) {
      const modelName = strAt(n, ['parameters', 'model', 'value']) ?? strAt(n, ['parameters', 'model']) ?? strAt(n, ['parameters', 'modelName']);
      model.models.push({ provider: normaliseProvider(m[1] ?? m[2], modelName) ?? 'other', model: modelName, ref: node.ref });
    }
    byName.set(name, node);
    flow.nodes.push(node);
  }
  for (const [from, outputs] of props(at(src.root, ['connections']))) {
    for (const [connType, lists] of props(outputs)) {
      items(lists).forEach((list, outputIndex) => {
        for (const target of items(list)) {
          const to = strAt(target, ['node']);
          if (!to) continue;
          // Sub-nodes (models, memory, tools) attach *into* their parent; keep the user-message direction.
          if (connType === 'main') flow.edges.push({ from, to, label: `output ${outputIndex}` });
          else flow.edges.push({ from: to, to: from, label: connType });
        }
      });
    }
  }
  model.flow = flow;
  return model;
}

function kindOf(n: JNode, type: string): FlowNodeKind {
  if (/Trigger$/i.test(type) || /\.webhook$/.test(type)) return 'trigger';
  if (LLM_TYPES.test(type)) return 'llm';
  if (HUMAN_TYPES.test(type)) return 'human';
  if (/\.httpRequest$/.test(type) && HUMAN_URL.test(strAt(n, ['parameters', 'url']) ?? '')) return 'human';
  if (/\.(if|switch|filter)$/.test(type)) return 'router';
  if (/\.whatsApp$|\.twilio$|\.respondToWebhook$/.test(type)) return 'reply';
  if (/\.(httpRequest|code|function|executeWorkflow)$/.test(type)) return 'webhook';
  return 'other';
}

function addPrompt(model: BotModel, src: JsonSource, n: JNode, name: string): number | undefined {
  const node =
    at(n, ['parameters', 'options', 'systemMessage']) ??
    at(n, ['parameters', 'systemMessage']) ??
    at(n, ['parameters', 'messages', 'messageValues', 0, 'message']) ??
    at(n, ['parameters', 'prompt']);
  const text = stringText(src, node);
  if (!text) return undefined;
  // A leading "=" marks an n8n expression; it is not part of the prompt.
  const offset = text.text.startsWith('=') ? 1 : 0;
  const mapped = offset ? { ...text, text: text.text.slice(1), toSource: (i: number) => text.toSource(i + 1) } : text;
  model.prompts.push({ id: `node:${name}`, label: `AI node '${name}'`, role: 'system', text: mapped, variables: {} });
  return model.prompts.length - 1;
}
