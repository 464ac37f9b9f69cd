/**
 * An agent's generative settings (`generativeSettings/<lang>.json`, the API's GenerativeSettings resource): the
 * generative fallback's prompt templates (`fallbackSettings.promptTemplates`, the one in use named by
 * `selectedPrompt`) and the data store agent's settings (`knowledgeConnectorSettings`).
 *
 * In an export the file sits beside `agent.json` and the flows, and the agent's model reads it (llmNodes.ts). Kept
 * alone (copied out of an export, or kept to be sent with `updateGenerativeSettings`), it still holds the whole
 * text the fallback model is given when no route matches: a template the business wrote is judged as a prompt
 * (prompt-files), and a note says that when the fallback runs and the flows' path to a person were not seen.
 * The platform's own templates (`frozen`, or none selected among several) are no text of the business's.
 */
import { joinMapped } from '../../model/text';
import { emptyModel, type BotModel, type MappedText } from '../../model/types';
import { keySpan, nodeAt, parseJson, scalarText, seqItems, strAt, value, type JNode } from '../shared/jsonSource';

/** The template in use: the one `selectedPrompt` names (by display name), or the only one when none is named. */
export function selectedFallbackTemplate(fallbackSettings: JNode | undefined): JNode | undefined {
  const selected = strAt(fallbackSettings, ['selectedPrompt']);
  const templates = seqItems(nodeAt(fallbackSettings, ['promptTemplates']));
  if (selected !== undefined) return templates.find((t) => strAt(t, ['displayName']) === selected);
  return templates.length === 1 ? templates[0] : undefined;
}

/** Cheap test before parsing: the keys of generative settings with fallback prompt templates. */
export function mayBeGenerativeSettings(head: string): boolean {
  return /"fallbackSettings"\s*:/.test(head) && /"promptTemplates"\s*:/.test(head);
}

interface LoneSettings {
  /** The prompts the business wrote: the selected fallback template, the data store agent's scope. */
  prompts: { id: string; label: string; text: MappedText }[];
  /** The `fallbackSettings` key, where the note points. */
  at: { start: number; end: number };
}

/**
 * The business's own prompts in a generative settings file read alone, or why there are none (a string); undefined
 * when the file is no generative settings (no `fallbackSettings.promptTemplates`).
 */
export function loneGenerativeSettings(uri: string, text: string): LoneSettings | string | undefined {
  if (!mayBeGenerativeSettings(text.slice(0, 64 * 1024))) return undefined;
  const src = parseJson(uri, text);
  const fb = nodeAt(src.root, ['fallbackSettings']);
  if (!seqItems(nodeAt(fb, ['promptTemplates'])).length) return undefined;
  const prompts: LoneSettings['prompts'] = [];
  const tpl = selectedFallbackTemplate(fb);
  const tplText =
    tpl && value<boolean>(nodeAt(tpl, ['frozen'])) !== true && scalarText(src, nodeAt(tpl, ['promptText']));
  if (tplText && tplText.text.trim()) {
    const name = strAt(tpl, ['displayName']) ?? 'custom';
    prompts.push({
      id: 'generative-fallback',
      label: `Dialogflow CX generative fallback prompt '${name}'`,
      text: tplText,
    });
  }
  const kc = nodeAt(src.root, ['knowledgeConnectorSettings']);
  if (strAt(kc, ['agentScope'])?.trim()) {
    const parts = ['business', 'businessDescription', 'agentIdentity', 'agentScope']
      .map((k) => scalarText(src, nodeAt(kc, [k])))
      .filter((t): t is MappedText => !!t && !!t.text.trim());
    prompts.push({
      id: 'data-store-agent',
      label: 'Dialogflow CX data store agent settings (business and agent scope)',
      text: joinMapped(uri, parts),
    });
  }
  if (!prompts.length)
    return "Dialogflow CX generative settings read alone (no agent.json above them) whose fallback uses the platform's own prompt template: no prompt of the business's to judge; lint the whole agent export";
  return { prompts, at: keySpan(src.root, 'fallbackSettings') ?? { start: 0, end: 1 } };
}

/** The model of a generative settings file read alone: its prompts, and a note of what was not seen. */
export function parseLoneGenerativeSettings(uri: string, text: string): BotModel | undefined {
  const lone = loneGenerativeSettings(uri, text);
  if (!lone || typeof lone === 'string') return undefined;
  const model = emptyModel('system-prompt', uri);
  for (const p of lone.prompts)
    model.prompts.push({ id: p.id, label: p.label, role: 'system', text: p.text, variables: {} });
  model.notes.push({
    kind: 'incomplete',
    ref: { uri, span: lone.at },
    detail:
      "Dialogflow CX generative settings without the agent's export (agent.json, flows/): only the prompt text is judged, not which pages use the generative fallback nor the flows' handoff to a person",
  });
  return model;
}
