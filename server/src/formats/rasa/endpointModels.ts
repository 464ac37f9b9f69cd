import type { BotModel } from '../../model/types';
import { normaliseProvider } from '../shared/providers';
import { nodeAt, refOf, seqItems, str, type YamlSource } from '../shared/yamlSource';

/** Models of endpoints.yml `model_groups` (and the older inline `nlg.llm`). */
export function addModels(model: BotModel, files: Iterable<YamlSource>): void {
  for (const src of files) {
    for (const g of seqItems(nodeAt(src, ['model_groups']))) {
      for (const m of seqItems(nodeAt(g, ['models']))) {
        const providerNode = nodeAt(m, ['provider']);
        const provider = normaliseProvider(str(providerNode), str(nodeAt(m, ['model'])));
        if (provider) model.models.push({ provider, model: str(nodeAt(m, ['model'])), ref: refOf(src, providerNode) });
      }
    }
    // Older endpoints.yml: `llm: {provider, model}` inline.
    const inline = nodeAt(src, ['nlg', 'llm', 'provider']);
    if (inline) model.models.push({ provider: normaliseProvider(str(inline)) ?? 'other', ref: refOf(src, inline) });
  }
}
