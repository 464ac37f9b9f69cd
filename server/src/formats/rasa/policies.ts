import type { Node as YNode } from 'yaml';
import { templateOf, templatePrompt } from './customNodes';
import { bool, nodeAt, refOf, seqItems, str, type YamlSource } from '../shared/yamlSource';
import type { Add, Ctx, Edge } from './context';

/** Policy names are bare (Rasa ≥ 3.8) or class paths (`rasa_plus.ml.EnterpriseSearchPolicy`). */
const policyName = (name: string | undefined) => name?.slice(name.lastIndexOf('.') + 1);

export function policies(ctx: Ctx, config: YamlSource, add: Add, edge: Edge): void {
  for (const p of seqItems(nodeAt(config, ['policies']))) {
    const name = policyName(str(nodeAt(p, ['name'])));
    const ref = refOf(config, nodeAt(p, ['name']));
    if (name === 'EnterpriseSearchPolicy') {
      // `use_generative_llm: false` returns the best document chunk as is: nothing is generated.
      const generative = bool(nodeAt(p, ['use_generative_llm'])) !== false;
      const search = add({
        id: 'policy:search',
        label: 'EnterpriseSearchPolicy',
        kind: generative ? 'search' : 'reply',
        ref,
        relevancyCheck: bool(nodeAt(p, ['check_relevancy'])) === true,
        role: 'fallback',
        prompt: policyTemplate(ctx, config, p, 'EnterpriseSearchPolicy'),
      });
      edge('flow:pattern_search', search.id);
    }
    if (name === 'IntentlessPolicy') {
      // Per Rasa's docs it selects one of the domain's responses (those not used in flows); it does not generate text.
      add({
        id: 'policy:intentless',
        label: 'IntentlessPolicy (picks a response from the domain)',
        kind: 'reply',
        ref,
        role: 'chitchat',
      });
      edge('router', 'policy:intentless');
    }
  }
}

/** The prompt template a policy names (`prompt_template`), read as the node's prompt with its Jinja code blanked. */
function policyTemplate(ctx: Ctx, config: YamlSource, policy: YNode, name: string): number | undefined {
  const key = nodeAt(policy, ['prompt_template']) ?? nodeAt(policy, ['prompt']);
  // Rasa resolves the path from the project root (where `rasa train` runs).
  const found = templateOf(ctx.model.uri, ctx.templates, str(key));
  if (!found) return undefined;
  ctx.model.prompts.push({
    id: `template:${name}`,
    label: `prompt_template of ${name}`,
    role: 'template',
    text: templatePrompt(found.uri, found.text),
    variables: {},
  });
  return ctx.model.prompts.length - 1;
}
