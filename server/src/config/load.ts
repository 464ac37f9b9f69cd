import { ConfigSchema, type Config } from '../model/config';
import { emptyModel, type BotModel } from '../model/types';
import { nodeAt, parseYaml, refOf, keySpan, type YamlSource } from '../formats/shared/yamlSource';
import { salvage, type SalvageIssue } from './salvage';
import { wellFormedText } from '../input/decode';

export const CONFIG_FILE = '.wa-policy.yaml';

export interface LoadedConfig {
  config: Config;
  /** The config file as a model, whose issues are its diagnostics. */
  model: BotModel;
}

export const DEFAULT_CONFIG: Config = ConfigSchema.parse({});

/**
 * Reads `.wa-policy.yaml`, keeping what is valid: each unknown key and each invalid value is
 * reported once and dropped on its own, the rest of the file applies. Never throws.
 */
export function loadConfig(uri: string, text: string, knownRules: Set<string>): LoadedConfig {
  const model = emptyModel('wa-policy-config', uri);
  // Editor text may hold lone surrogates, which a saved file cannot (UTF-8 turns them into U+FFFD) and which
  // make every later use of a value as a path throw (encodeURIComponent). Read the config as it would be saved:
  // same length, so the ranges of its findings still hold.
  const src = parseYaml(uri, wellFormedText(text));
  model.issues.push(...src.issues);
  let raw: unknown;
  try {
    // Aliases are already expanded (within the limits) by parseYaml: toJS only copies.
    raw = src.doc.errors.length || !src.doc.contents ? {} : src.doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    model.issues.push({
      message: `The configuration cannot be read: ${(e as Error).message}. Defaults apply.`,
      ref: { uri, span: { start: 0, end: 1 } },
      severity: 'error',
    });
    return { config: DEFAULT_CONFIG, model };
  }
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    model.issues.push({
      message: 'The configuration must be a mapping of keys (rules, markets, provider...).',
      ref: refOf(src, src.doc.contents),
      severity: 'error',
    });
    return { config: DEFAULT_CONFIG, model };
  }
  const issues: SalvageIssue[] = [];
  const kept = salvage(ConfigSchema, raw, [], issues);
  for (const issue of issues)
    model.issues.push({ message: messageOf(issue), ref: { uri, span: spanOf(src, issue) }, severity: 'error' });
  const parsed = ConfigSchema.safeParse(kept ?? {});
  const config = parsed.success ? parsed.data : DEFAULT_CONFIG;
  for (const id of Object.keys(config.rules)) {
    if (!knownRules.has(id))
      model.issues.push({
        message: `Unknown rule '${id}'.`,
        ref: { uri, span: keySpan(nodeAt(src, ['rules']), id) ?? refOf(src, nodeAt(src, ['rules'])).span },
        severity: 'warning',
      });
  }
  return { config, model };
}

function messageOf(issue: SalvageIssue): string {
  const where = issue.path.join('.');
  if (issue.unknownKey)
    return `Unknown key '${where}': it is ignored (see schemas/wa-policy.schema.json for the keys).`;
  return `Invalid '${where}': ${issue.message}. This setting is ignored.`;
}

function spanOf(src: YamlSource, issue: SalvageIssue) {
  const path = issue.path;
  const parent = nodeAt(src, path.slice(0, -1));
  const last = path[path.length - 1];
  // An unknown or top-level key: point at the key itself; otherwise at the value.
  if ((issue.unknownKey || path.length === 1) && typeof last === 'string') {
    const k = keySpan(parent ?? (src.doc.contents as never), last);
    if (k) return k;
  }
  const node = nodeAt(src, path) ?? parent ?? nodeAt(src, path.slice(0, 1));
  return refOf(src, node).span;
}
