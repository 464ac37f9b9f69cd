import type { Config } from '../model/config';
import type { BotModel, FormatKind } from '../model/types';
import { adapterFor } from '../formats';
import { YamlChunkCache } from '../formats/shared/yamlChunks';
import { forgetTree } from '../formats/shared/jsonReparse';
import type { YamlSource } from '../formats/shared/yamlSource';
import type { Host } from './host';
import { linkedPromptUri, withLinkedPrompts } from './links';
import { DEFAULT_LIMITS } from '../input/limits';
import { oversizeIssue } from '../input/isolate';

/** Files larger than this are reported and not analysed (the default of `limits.maxFileBytes`). */
export const MAX_FILE_SIZE = DEFAULT_LIMITS.maxFileBytes;

/** A model with the inputs it was built from; unchanged texts are the same string objects, so comparing is cheap. */
interface Entry {
  inputs: unknown[];
  model: BotModel;
}

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Bot models of single files and of multi-file projects (Rasa, Dialogflow CX), rebuilt only when
 * one of their inputs changed. Large YAML files keep their per-block parses between edits, so an
 * edit re-parses the block it touched.
 */
export class ModelStore {
  private readonly models = new Map<string, Entry>();
  private readonly yaml = new Map<string, YamlChunkCache>();

  constructor(private readonly host: Host) {}

  /** A file's YAML, parsed block by block and cached between edits. */
  readonly parseYaml = (uri: string, text: string): YamlSource =>
    (this.yaml.get(uri) ?? this.yaml.set(uri, new YamlChunkCache()).get(uri)!).parse(uri, text);

  /** The model of a file (or of the project it belongs to), `text` being the file's current text. */
  modelFor(uri: string, kind: FormatKind, text: string): BotModel {
    const adapter = adapterFor(kind)!;
    if (!adapter.project) return this.cached(uri, [text], () => adapter.parse!(uri, text));
    const root = adapter.project.root(uri, this.host)!;
    const files = adapter.project.files(root, this.host);
    if (!files.includes(uri)) files.push(uri);
    const inputs = files
      .map((f) => ({
        uri: f,
        text: f === uri ? text : (adapter.project!.read?.(f, this.host) ?? this.host.readFile(f) ?? ''),
      }))
      .filter((f) => !oversizeIssue(f.uri, f.text, DEFAULT_LIMITS));
    return this.cached(
      `${kind}:${root}`,
      inputs.flatMap((f) => [f.uri, f.text]),
      () => adapter.project!.parse(root, inputs, this.parseYaml),
    );
  }

  /** The model with the prompts the config links to its webhook nodes, reused while its inputs are unchanged. */
  linked(
    model: BotModel,
    config: Config,
    configUri: string | undefined,
    kindOf: (uri: string) => FormatKind | undefined,
  ): BotModel {
    if (!config.links.length || !model.flow || !configUri) return model;
    const inputs = [
      model,
      config,
      ...config.links.map((l) => {
        const u = linkedPromptUri(configUri, l.prompt, this.host);
        return u && this.host.readFile(u);
      }),
    ];
    return this.cached(`links:${model.uri}`, inputs, () =>
      withLinkedPrompts(model, config, configUri, this.host, kindOf),
    );
  }

  /** Every file of the multi-file project a file belongs to, once its model has been built. */
  projectFiles(uri: string): string[] {
    for (const { model } of this.models.values())
      if (model.files.length > 1 && model.files.includes(uri)) return [...model.files];
    return [];
  }

  /** Drops the models built from a file (it changed); with `all`, its parses too (closed, deleted). */
  invalidate(uri: string, all: boolean): void {
    this.models.delete(uri);
    this.models.delete(`links:${uri}`);
    for (const [key, entry] of this.models) if (entry.model.files.includes(uri)) this.models.delete(key);
    if (all) this.yaml.delete(uri);
    if (all) forgetTree(uri);
  }

  private cached(key: string, inputs: unknown[], build: () => BotModel): BotModel {
    const hit = this.models.get(key);
    if (hit && same(hit.inputs, inputs)) return hit.model;
    const model = build();
    this.models.set(key, { inputs, model });
    return model;
  }
}
