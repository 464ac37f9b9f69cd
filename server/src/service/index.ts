import type { Config, Level } from '../model/config';
import { CONFIG_FILE } from '../config/load';
import type { BotModel, FormatKind } from '../model/types';
import { dirOf, toPath } from '../model/uri';
import { ConfigResolver } from './configResolver';
import { explainFormat, type DetectOutcome } from './detect';
import { internalFinding, type Finding } from './findings';
import { assembleFindings } from './assemble';
import type { Host, Logger } from './host';
import { ModelStore } from './models';
import { RuleRunner, type SpannedFinding } from './ruleRunner';
import { isolatedModel, wasRefused } from '../input/isolate';
import { adapterFor } from '../formats';
import { localizeFindings } from '../l10n/finding';
import { withDroppedNote } from './findingCap';
import { phase, tracedLint } from './phaseTrace';

export type { Finding } from './findings';
export type { Host, Logger } from './host';
export { MAX_FILE_SIZE } from './models';
export { EDITOR_MAX_FINDINGS } from './findingCap';

export interface ServiceInit {
  host: Host;
  logger?: Logger;
  /** A config file that applies to every file (the CLI's --config); otherwise the nearest one above each file. */
  configUri?: string;
  /** Rule levels that win over every config file (the CLI's --rule). */
  ruleOverrides?: Record<string, Level>;
  /** Catalog locale of the findings' texts (`en` by default); a function when it is known only later (LSP initialize). */
  locale?: string | (() => string);
  /** Findings per file when the config's `limits.maxFindingsPerFile` does not say (the editor's cap); none by default. */
  maxFindingsPerFile?: number;
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
  /** Frees everything kept for a file that is not open (models, parses); it is rebuilt when needed. */
  release(uri: string): void;
  /** Every file of the multi-file project (Rasa) a file belongs to, once it has been linted. */
  projectFiles(uri: string): string[];
  /** The files a lint of `uri` reads: the file, or every file of its project (listed, not parsed). */
  inputFiles(uri: string): string[];
  /** The configuration that applies to a file. */
  configFor(uri: string): { config: Config; uri?: string };
  /** The bot model the last `lint(uri)` checked (shared by a project's files), for reports. */
  modelOf(uri: string): BotModel | undefined;
  /** Catalog locale of the findings' texts. */
  locale(): string;
}

/** A file its format unpacks in memory (a zipped export): binary, so not refused for NUL bytes. */
const isArchive = (uri: string, kind: FormatKind) => adapterFor(kind)?.archive?.test(uri) === true;

/** Wires config resolution, models, the rule runner and finding assembly; each owns its caches. */
export function createPolicyService(init: ServiceInit): PolicyService {
  const { host } = init;
  const configs = new ConfigResolver(host, init.configUri, init.ruleOverrides);
  const models = new ModelStore(host);
  const runner = new RuleRunner();
  /** Rule results per model and config: a project's files share one run. */
  const results = new WeakMap<BotModel, { config: Config; raw: SpannedFinding[] }>();

  const explainKind = (uri: string) => explainKindOf(configs, host, uri);
  const kindOf = (uri: string): FormatKind | undefined => explainKind(uri).kind;

  /** The model a file's findings come from; parsers run in isolation (an exception is internal/error of this file). */
  function modelOf(uri: string, kind: FormatKind, text: string): BotModel {
    const { config, uri: configUri } = configs.configFor(uri);
    const build = () =>
      kind === 'wa-policy-config'
        ? configs.configAt(uri).model!
        : models.linked(models.modelFor(uri, kind, text), config, configUri, kindOf);
    return isolatedModel(uri, kind, text, configs.limitsFor(uri), build, isArchive(uri, kind));
  }

  /** The model of a file for reports; built again only when its inputs changed. */
  function modelAt(uri: string): BotModel | undefined {
    const text = host.readFile(uri);
    const kind = text === undefined ? undefined : kindOf(uri);
    return text === undefined || !kind ? undefined : modelOf(uri, kind, text);
  }

  const locale = (): string => (typeof init.locale === 'function' ? init.locale() : (init.locale ?? 'en'));

  function lint(uri: string): LintResult | undefined {
    try {
      return tracedLint(uri, () => lintFile(uri));
    } catch (e) {
      return { uri, kind: 'system-prompt', findings: localizeFindings([internalFinding(uri, e)], locale()) };
    }
  }

  function lintFile(uri: string): LintResult | undefined {
    const text = host.readFile(uri);
    if (text === undefined) return undefined;
    const kind = kindOf(uri);
    if (!kind) return undefined;
    const { config } = configs.configFor(uri);
    const model = phase('parse', () => modelOf(uri, kind, text));
    let run = results.get(model);
    const textOf = (u: string) => (u === uri ? text : (host.readFile(u) ?? ''));
    if (!run || run.config !== config)
      results.set(model, (run = { config, raw: phase('rules', () => runner.run(model, config, textOf)) }));
    const max = config.limits?.maxFindingsPerFile ?? init.maxFindingsPerFile;
    const { findings, dropped } = phase('findings', () =>
      assembleFindings({
        uri,
        kind,
        text,
        raw: run.raw.filter((r) => r.finding.ref.uri === uri),
        config,
        textOf,
        refused: wasRefused(model),
        parseYaml: (t) => models.parseYaml(uri, t).doc,
        suppressedByConfig: configs.suppressedRules(uri),
        locale: locale(),
        max,
      }),
    );
    return { uri, kind, findings: withDroppedNote(findings, dropped, max, uri, config, locale()) };
  }

  return Object.freeze({
    kindOf,
    explainKind,
    lint,
    dependents: (uri: string, candidates: Iterable<string>) => dependentsOf(uri, candidates, models),
    invalidate(uri: string) {
      configs.invalidate(uri);
      models.invalidate(uri, !(host.exists?.(uri) ?? host.readFile(uri) !== undefined));
    },
    release: (uri: string) => models.invalidate(uri, true),
    configFor: (uri: string) => configs.configFor(uri),
    projectFiles: (uri: string) => models.projectFiles(uri),
    inputFiles: (uri: string) => inputFilesOf(uri, kindOf(uri), host),
    modelOf: modelAt,
    locale,
  });
}

/** The detected format of a file, or why it is not read, relative to the folder of its config. */
function explainKindOf(configs: ConfigResolver, host: Host, uri: string): DetectOutcome {
  if (configs.isFixedConfig(uri)) return { kind: 'wa-policy-config' };
  const { config, uri: configUri } = configs.configFor(uri);
  const abs = toPath(uri).replace(/\\/g, '/');
  const base = configUri ? toPath(dirOf(configUri)).replace(/\\/g, '/') + '/' : '';
  const relPath = base && abs.startsWith(base) ? abs.slice(base.length) : abs.replace(/^\/+/, '');
  return explainFormat({ uri, relPath, absPath: abs, config, host, text: () => host.readFile(uri) ?? '' });
}

/** The file, or every file of its project (listed by the adapter, not parsed). */
function inputFilesOf(uri: string, kind: FormatKind | undefined, host: Host): string[] {
  const project = kind ? adapterFor(kind)?.project : undefined;
  const root = project?.root(uri, host);
  return root ? project!.files(root, host) : [uri];
}

/** Files whose findings may change with `uri`: everything under a config, or the file's project. */
function dependentsOf(uri: string, candidates: Iterable<string>, models: ModelStore): string[] {
  const list = [...candidates].filter((c) => c !== uri);
  if (uri.endsWith(`/${CONFIG_FILE}`)) {
    const dir = dirOf(uri) + '/';
    return list.filter((c) => c.startsWith(dir));
  }
  const project = new Set(models.projectFiles(uri));
  return list.filter((c) => project.has(c));
}
