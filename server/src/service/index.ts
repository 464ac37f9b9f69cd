import picomatch from 'picomatch';
import type { Config, Level } from '../../../schemas/config';
import { CONFIG_FILE, DEFAULT_CONFIG, loadConfig } from '../config/load';
import type { BotModel, FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { dirOf, join, toPath } from '../model/uri';
import { adapterFor } from '../formats';
import { parseSystemPrompt } from '../formats/prompt-files/parse';
import { YamlChunkCache } from '../formats/shared/yamlChunks';
import { RULES } from '../rules';
import { explainFormat, type DetectOutcome } from './detect';
import { toFindings, type Finding } from './findings';
import type { Host, Logger } from './host';
import { RuleRunner } from './lint';
import { isSuppressed, parseDirectives } from './suppressions';
import { anchorResolver } from './suppressionPlacement';
import { withLinkedPrompts } from './links';
import { localizeFindings } from '../l10n/finding';

export type { Finding } from './findings';
export type { Host, Logger } from './host';

/** Files larger than this are reported and not analysed. */
export const MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface ServiceInit {
  host: Host;
  logger?: Logger;
  /** A config file that applies to every file (the CLI's --config); otherwise the nearest one above each file. */
  configUri?: string;
  /** Rule levels that win over every config file (the CLI's --rule). */
  ruleOverrides?: Record<string, Level>;
  /** Catalog locale of the findings' texts (`en` by default); a function when it is known only later (LSP initialize). */
  locale?: string | (() => string);
}

export interface LintResult {
  uri: string;
  kind: FormatKind;
  findings: Finding[];
}

export interface PolicyService {
  /** The detected format of a file, or undefined for files that are not bot files. */
  kindOf(uri: string): FormatKind | undefined;
  /** The detected format of a file, or why it is not read (`--explain-skips`). */
  explainKind(uri: string): DetectOutcome;
  /** Lints one file: findings located in that file only. */
  lint(uri: string): LintResult | undefined;
  /** Files whose findings may change when `uri` changes (project siblings, everything under a config). */
  dependents(uri: string, candidates: Iterable<string>): string[];
  /** Drops cached state of a file (changed or deleted on disk). */
  invalidate(uri: string): void;
  /** Every file of the multi-file project (Rasa) a file belongs to, once it has been linted. */
  projectFiles(uri: string): string[];
  /** The configuration that applies to a file. */
  configFor(uri: string): { config: Config; uri?: string };
}

export function createPolicyService(init: ServiceInit): PolicyService {
  const { host } = init;
  const runner = new RuleRunner();
  const knownRules = new Set(RULES.map((r) => r.id));
  const configDirCache = new Map<string, string | null>();
  const defaults: Config = init.ruleOverrides ? { ...DEFAULT_CONFIG, rules: { ...init.ruleOverrides } } : DEFAULT_CONFIG;
  const configCache = new Map<string, { text: string; config: Config; model: BotModel }>();
  /** Models by file or project, with the inputs they were built from (compared by identity). */
  const modelCache = new Map<string, { texts: unknown[]; model: BotModel }>();
  const yamlCaches = new Map<string, YamlChunkCache>();
  const rawCache = new WeakMap<BotModel, { config: Config; raw: ReturnType<RuleRunner['run']> }>();
  const parseYamlCached = (uri: string, text: string) => (yamlCaches.get(uri) ?? yamlCaches.set(uri, new YamlChunkCache()).get(uri)!).parse(uri, text);

  function findConfigUri(uri: string): string | undefined {
    if (init.configUri) return init.configUri;
    const chain: string[] = [];
    let dir = dirOf(uri);
    let found: string | null | undefined;
    for (let i = 0; i < 40; i++) {
      found = configDirCache.get(dir);
      if (found !== undefined) break;
      chain.push(dir);
      const candidate = join(dir, CONFIG_FILE);
      if (host.readFile(candidate) !== undefined) {
        found = candidate;
        break;
      }
      const up = dirOf(dir);
      if (up === dir || !/\/[^/]/.test(up.replace(/^file:\/\//, ''))) {
        found = null;
        break;
      }
      dir = up;
    }
    for (const d of chain) configDirCache.set(d, found ?? null);
    return found ?? undefined;
  }

  function configAt(configUri: string | undefined): { config: Config; model?: BotModel } {
    if (!configUri) return { config: defaults };
    const text = host.readFile(configUri);
    if (text === undefined) return { config: defaults };
    const cached = configCache.get(configUri);
    if (cached?.text === text) return cached;
    const loaded = loadConfig(configUri, text, knownRules);
    const config = init.ruleOverrides ? { ...loaded.config, rules: { ...loaded.config.rules, ...init.ruleOverrides } } : loaded.config;
    const entry = { text, config, model: loaded.model };
    configCache.set(configUri, entry);
    return entry;
  }

  function configFor(uri: string): { config: Config; uri?: string } {
    const configUri = findConfigUri(uri);
    return { config: configAt(configUri).config, uri: configUri };
  }

  function kindOf(uri: string): FormatKind | undefined {
    return explainKind(uri).kind;
  }

  function explainKind(uri: string): DetectOutcome {
    if (init.configUri && uri === init.configUri) return { kind: 'wa-policy-config' };
    const { config, uri: configUri } = configFor(uri);
    const abs = toPath(uri).replace(/\\/g, '/');
    const base = configUri ? toPath(dirOf(configUri)).replace(/\\/g, '/') + '/' : '';
    const relPath = base && abs.startsWith(base) ? abs.slice(base.length) : abs.replace(/^\/+/, '');
    return explainFormat({ uri, relPath, absPath: abs, config, host, text: () => host.readFile(uri) ?? '' });
  }

  function modelFor(uri: string, kind: FormatKind, text: string): BotModel {
    const adapter = adapterFor(kind);
    if (kind === 'wa-policy-config') return configAt(uri).model ?? loadConfig(uri, text, knownRules).model;
    if (adapter?.project) {
      const root = adapter.project.root(uri, host)!;
      const files = adapter.project.files(root, host);
      if (!files.includes(uri)) files.push(uri);
      const inputs = files.map((f) => ({ uri: f, text: f === uri ? text : host.readFile(f) ?? '' })).filter((f) => f.text.length <= MAX_FILE_SIZE);
      const key = `${kind}:${root}`;
      const cached = modelCache.get(key);
      // Uris and texts alternate; unchanged texts are the same string objects, so this is cheap.
      const texts = inputs.flatMap((f) => [f.uri, f.text]);
      if (cached && cached.texts.length === texts.length && cached.texts.every((t, i) => t === texts[i])) return cached.model;
      const model = adapter.project.parse(root, inputs, parseYamlCached);
      modelCache.set(key, { texts, model });
      return model;
    }
    const cached = modelCache.get(uri);
    if (cached && cached.texts[0] === text) return cached.model;
    const model = adapter!.parse!(uri, text);
    modelCache.set(uri, { texts: [text], model });
    return model;
  }

  function lint(uri: string): LintResult | undefined {
    const text = host.readFile(uri);
    if (text === undefined) return undefined;
    const kind = kindOf(uri);
    if (!kind) return undefined;
    const { config, uri: configUri } = configFor(uri);
    let model: BotModel;
    if (text.length > MAX_FILE_SIZE || text.includes('\u0000')) {
      model = { ...parseSystemPrompt(uri, ''), kind, prompts: [] };
      const why = text.includes('\u0000') ? 'The file contains binary data (NUL bytes)' : `The file is larger than ${MAX_FILE_SIZE / 1024 / 1024} MB`;
      model.issues.push({ message: `${why}, so it was not analysed.`, ref: { uri, span: { start: 0, end: Math.min(1, text.length) } }, severity: 'error' });
    } else {
      model = modelFor(uri, kind, text);
      if (config.links.length && model.flow && configUri) {
        // Reuse the linked model while the flow model, the config and the linked prompts are unchanged.
        const key = `links:${model.uri}`;
        const texts = [model, config, ...config.links.map((l) => host.readFile(join(dirOf(configUri), l.prompt)))];
        const cached = modelCache.get(key);
        if (cached && cached.texts.length === texts.length && cached.texts.every((t, i) => t === texts[i])) model = cached.model;
        else {
          const linked = withLinkedPrompts(model, config, configUri, host, kindOf);
          if (linked !== model) modelCache.set(key, { texts, model: (model = linked) });
        }
      }
    }
    const indexes = new Map<string, LineIndex>();
    const textOf = (u: string) => (u === uri ? text : host.readFile(u) ?? '');
    const index = (u: string) => indexes.get(u) ?? indexes.set(u, new LineIndex(textOf(u))).get(u)!;
    // A project's files share one model: run the rules once per model and config, then split by file.
    let all0 = rawCache.get(model);
    if (!all0 || all0.config !== config) rawCache.set(model, (all0 = { config, raw: runner.run(model, config, textOf) }));
    const raw = all0.raw.filter((r) => r.finding.ref.uri === uri);
    const directives = parseDirectives(text);
    const suppressedByConfig = configSuppressions(config, configUri, uri);
    const locale = typeof init.locale === 'function' ? init.locale() : init.locale ?? 'en';
    const all = localizeFindings(toFindings(raw, config.rules, index), locale);
    const anchor = anchorResolver(kind, text, () => index(uri), (t) => parseYamlCached(uri, t).doc);
    for (const f of all) f.suppressAt = anchor(index(uri).offset(f.range.start.line, f.range.start.character));
    const findings = all.filter(
      (f) => !suppressedByConfig.has(f.rule) && (f.rule.startsWith('suppression/') || !isSuppressed(directives, f.rule, f.range.start.line, f.suppressAt)),
    );
    return { uri, kind, findings };
  }

  function configSuppressions(config: Config, configUri: string | undefined, uri: string): Set<string> {
    const out = new Set<string>();
    if (!config.suppressions.length) return out;
    const base = configUri ? toPath(dirOf(configUri)).replace(/\\/g, '/') + '/' : '';
    const rel = toPath(uri).replace(/\\/g, '/').replace(base, '');
    for (const s of config.suppressions) if (picomatch(s.files, { dot: true })(rel)) out.add(s.rule);
    return out;
  }

  function dependents(uri: string, candidates: Iterable<string>): string[] {
    const list = [...candidates].filter((c) => c !== uri);
    if (uri.endsWith(`/${CONFIG_FILE}`)) {
      const dir = dirOf(uri) + '/';
      return list.filter((c) => c.startsWith(dir));
    }
    const out: string[] = [];
    for (const { model } of modelCache.values()) if (model.files.length > 1 && model.files.includes(uri)) out.push(...model.files);
    const set = new Set(out);
    return list.filter((c) => set.has(c));
  }

  function invalidate(uri: string): void {
    if (uri.endsWith(`/${CONFIG_FILE}`)) {
      configDirCache.clear();
      configCache.delete(uri);
    }
    modelCache.delete(uri);
    if (host.readFile(uri) === undefined) {
      yamlCaches.delete(uri);
      runner.forget(uri);
    }
    for (const [key, entry] of modelCache) if (entry.model.files.includes(uri)) modelCache.delete(key);
  }

  function projectFiles(uri: string): string[] {
    for (const { model } of modelCache.values()) if (model.files.length > 1 && model.files.includes(uri)) return [...model.files];
    return [];
  }

  return Object.freeze({ kindOf, explainKind, lint, dependents, invalidate, configFor, projectFiles });
}
