import { ConfigSchema, type Config } from '../../../schemas/config';
import { emptyModel, type BotModel } from '../model/types';
import { nodeAt, parseYaml, refOf, keySpan } from '../formats/shared/yamlSource';

export const CONFIG_FILE = '.wa-policy.yaml';

export interface LoadedConfig {
  config: Config;
  /** The config file as a model, whose issues are its diagnostics. */
  model: BotModel;
}

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});

/** Reads `.wa-policy.yaml`; invalid keys are reported and dropped, never thrown. */
export function loadConfig(uri: string, text: string, knownRules: Set<string>): LoadedConfig {
  const model = emptyModel('wa-policy-config', uri);
  const src = parseYaml(uri, text);
  model.issues.push(...src.issues);
  let raw: unknown = src.doc.errors.length ? {} : src.doc.toJS({ maxAliasCount: 50 });
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    model.issues.push({ message: 'The configuration must be a mapping of keys (rules, markets, provider...).', ref: refOf(src, src.doc.contents), severity: 'error' });
    return { config: DEFAULT_CONFIG, model };
  }
  const obj = { ...(raw as Record<string, unknown>) };
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = ConfigSchema.safeParse(obj);
    if (result.success) {
      for (const id of Object.keys(result.data.rules)) {
        if (!knownRules.has(id)) model.issues.push({ message: `Unknown rule '${id}'.`, ref: { uri, span: keySpan(nodeAt(src, ['rules']), id) ?? refOf(src, nodeAt(src, ['rules'])).span }, severity: 'warning' });
      }
      return { config: result.data, model };
    }
    const issue = result.error.issues[0];
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const node = nodeAt(src, path) ?? nodeAt(src, path.slice(0, 1));
    const where = path.length ? `'${path.join('.')}'` : 'the file';
    const span = path.length === 1 && typeof path[0] === 'string' ? keySpan(src.doc.contents ?? undefined, path[0]) : undefined;
    model.issues.push({ message: `Invalid ${where}: ${issue.message}. This setting is ignored.`, ref: span ? { uri, span } : refOf(src, node), severity: 'error' });
    if (!path.length) return { config: DEFAULT_CONFIG, model };
    dropPath(obj, path);
  }
  return { config: DEFAULT_CONFIG, model };
}

function dropPath(obj: Record<string, unknown>, path: (string | number)[]): void {
  // Drop the innermost container entry that is invalid; drop the top-level key if that fails.
  let cur: unknown = obj;
  for (let i = 0; i < path.length - 1; i++) cur = (cur as Record<string | number, unknown>)?.[path[i]];
  const last = path[path.length - 1];
  if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
  else if (cur && typeof cur === 'object' && path.length > 1) delete (cur as Record<string | number, unknown>)[last];
  else delete obj[path[0] as string];
}
