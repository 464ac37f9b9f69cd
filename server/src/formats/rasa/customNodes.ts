// Flow nodes for what the Rasa project's own files say about an action or a policy: a custom action that calls an
// LLM or a helpdesk (actions/*.py), and the prompt template a policy names (`prompt_template: prompts/x.jinja2`).
import type { BotModel, FlowNode, MappedText } from '../../model/types';
import { join } from '../../model/uri';
import type { CustomAction } from './actions';

type NodeBase = Pick<FlowNode, 'id' | 'ref' | 'role'>;

/** The node of a step that runs a custom action, or undefined when the action's code says nothing we read. */
export function customActionNode(
  model: BotModel,
  custom: CustomAction,
  base: NodeBase,
  fallback: boolean,
): FlowNode | undefined {
  const attrs = { action: custom.name };
  const role = fallback ? 'fallback' : base.role;
  if (custom.helpdesk)
    return { ...base, label: `${custom.name} (opens a ${custom.helpdesk} conversation)`, kind: 'human', attrs };
  if (custom.system) {
    // One prompt per action, however many rules and stories run it: one cause, one finding.
    const id = `action:${custom.name}`;
    let prompt = model.prompts.findIndex((p) => p.id === id);
    if (prompt < 0)
      prompt =
        model.prompts.push({
          id,
          label: `system message of custom action ${custom.name}`,
          role: 'system',
          text: custom.system,
          variables: {},
        }) - 1;
    return { ...base, label: custom.name, kind: 'llm', role, prompt, attrs };
  }
  if (custom.callsLlm)
    return {
      ...base,
      label: `${custom.name} (calls an LLM with a prompt built at run time)`,
      kind: 'webhook',
      role,
      attrs,
    };
  if (custom.contact) return { ...base, label: `${custom.name} (gives ${custom.contact})`, kind: 'human', attrs };
  return undefined;
}

/**
 * A Jinja prompt template as prompt text: tags and expressions (`{{ doc.text }}`, `{% for %}`) are blanked with
 * spaces (offsets kept), so the analysis reads the instructions, not the template code.
 */
export function templatePrompt(uri: string, text: string): MappedText {
  const blanked = text.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, (t) => t.replace(/[^\n]/g, ' '));
  return { uri, text: blanked, encoding: 'raw', toSource: (i) => Math.min(i, text.length) };
}

/** The template file a policy names, relative to the project root. */
export function templateOf(root: string, templates: Map<string, string>, path: string | undefined) {
  if (!path) return undefined;
  const uri = join(root, path.replace(/^\.\//, ''));
  const text = templates.get(uri);
  return text === undefined ? undefined : { uri, text };
}
