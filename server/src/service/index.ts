import type { Config, Level } from '../model/config';
import { CONFIG_FILE } from '../config/load';
import type { BotModel, FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { dirOf, toPath } from '../model/uri';
import { ConfigResolver } from './configResolver';
import { explainFormat, type DetectOutcome } from './detect';
import { internalFinding, toFindings, type Finding } from './findings';
import type { Host, Logger } from './host';
import { ModelStore } from './models';
import { RuleRunner, type SpannedFinding } from './ruleRunner';
import { isSuppressed, parseDirectives } from '../model/suppressions';
import { anchorResolver } from './suppressionPlacement';
import { isolatedModel, wasRefused } from '../input/isolate';
import { localizeFindings } from '../l10n/finding';

export type { Finding } from './findings';
export type { Host, Logger } from './host';
export { MAX_FILE_SIZE } from './models';

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
  /** Frees everything kept for a file that is not open (models, parses); it is rebuilt when needed. */
  release(uri: string): void;
  /** Every file of the multi-file project (Rasa) a file belongs to, once it has been linted. */
  projectFiles(uri: string): string[];
  /** The configuration that applies to a file. */
  configFor(uri: string): { config: Config; uri?: string };
  /** The bot model the last `lint(uri)` checked (shared by a project's files), for reports. */
  modelOf(uri: string): BotModel | undefined;
  /** Catalog locale of the findings' texts. */
  locale(): string;
}

/** Wires config resolution, models, the rule runner and finding assembly; each owns its caches. */
export function createPolicyService(init: ServiceInit): PolicyService {
  const { host } = init;
  const configs = new ConfigResolver(host, init.configUri, init.ruleOverrides);
  const models = new ModelStore(host);
  const runner = new RuleRunner();
  /** Rule results per model and config: a project's files share one run. */
  const results = new WeakMap<BotModel, { config: Config; raw: SpannedFinding[] }>();

  function kindOf(uri: string): FormatKind | undefined {
    return explainKind(uri).kind;
  }

  function explainKind(uri: string): DetectOutcome {
    if (configs.isFixedConfig(uri)) return { kind: 'wa-policy-config' };
    const { config, uri: configUri } = configs.configFor(uri);
    const abs = toPath(uri).replace(/\\/g, '/');
    const base = configUri ? toPath(dirOf(configUri)).replace(/\\/g, '/') + '/' : '';
    const relPath = base && abs.startsWith(base) ? abs.slice(base.length) : abs.replace(/^\/+/, '');
    return explainFormat({ uri, relPath, absPath: abs, config, host, text: () => host.readFile(uri) ?? '' });
  }

  function modelOf(
    uri: string,
    kind: FormatKind,
    text: string,
    config: Config,
    configUri: string | undefined,
  ): BotModel {
    // Parsers run in isolation under the file's limits: an exception becomes internal/error for this file only.
    return isolatedModel(uri, kind, text, configs.limitsFor(uri), () => {
      if (kind === 'wa-policy-config') return configs.configAt(uri).model!;
      return models.linked(models.modelFor(uri, kind, text), config, configUri, kindOf);
    });
  }

  /** The model a file's findings come from (the report draws it); built again only when its inputs changed. */
  function modelAt(uri: string): BotModel | undefined {
    const text = host.readFile(uri);
    const kind = text === undefined ? undefined : kindOf(uri);
    if (text === undefined || !kind) return undefined;
    const { config, uri: configUri } = configs.configFor(uri);
    return modelOf(uri, kind, text, config, configUri);
  }

  function locale(): string {
    return typeof init.locale === 'function' ? init.locale() : (init.locale ?? 'en');
  }

  function lint(uri: string): LintResult | undefined {
    try {
      return lintFile(uri);
    } catch (e) {
      return { uri, kind: 'system-prompt', findings: localizeFindings([internalFinding(uri, e)], locale()) };
    }
  }

  function lintFile(uri: string): LintResult | undefined {
    const text = host.readFile(uri);
    if (text === undefined) return undefined;
    const kind = kindOf(uri);
    if (!kind) return undefined;
    const { config, uri: configUri } = configs.configFor(uri);
    const model = modelOf(uri, kind, text, config, configUri);
    let run = results.get(model);
    const textOf = (u: string) => (u === uri ? text : (host.readFile(u) ?? ''));
    if (!run || run.config !== config) results.set(model, (run = { config, raw: runner.run(model, config, textOf) }));
    return {
      uri,
      kind,
      findings: assemble(
        uri,
        kind,
        text,
        run.raw.filter((r) => r.finding.ref.uri === uri),
        config,
        textOf,
        wasRefused(model),
      ),
    };
  }

  /** Spans → ranges with severities, suppression anchors, then what directives and config suppressions leave. */
  function assemble(
    uri: string,
    kind: FormatKind,
    text: string,
    raw: SpannedFinding[],
    config: Config,
    textOf: (u: string) => string,
    refused: boolean,
  ): Finding[] {
    const indexes = new Map<string, LineIndex>();
    const index = (u: string) => indexes.get(u) ?? indexes.set(u, new LineIndex(textOf(u))).get(u)!;
    const all = localizeFindings(toFindings(raw, config, index), locale());
    // A refused file (over a limit) is never parsed again for suppression anchors.
    const anchor = refused
      ? (offset: number) => index(uri).position(offset).line
      : anchorResolver(
          kind,
          text,
          () => index(uri),
          (t) => models.parseYaml(uri, t).doc,
        );
    for (const f of all) f.suppressAt = anchor(index(uri).offset(f.range.start.line, f.range.start.character));
    const directives = parseDirectives(text);
    const suppressedByConfig = configs.suppressedRules(uri);
    return all.filter(
      (f) =>
        !suppressedByConfig.has(f.rule) &&
        (f.rule.startsWith('suppression/') || !isSuppressed(directives, f.rule, f.range.start.line, f.suppressAt)),
    );
  }

  function dependents(uri: string, candidates: Iterable<string>): string[] {
    const list = [...candidates].filter((c) => c !== uri);
    if (uri.endsWith(`/${CONFIG_FILE}`)) {
      const dir = dirOf(uri) + '/';
      return list.filter((c) => c.startsWith(dir));
    }
    const project = new Set(models.projectFiles(uri));
    return list.filter((c) => project.has(c));
  }

  function invalidate(uri: string): void {
    configs.invalidate(uri);
    models.invalidate(uri, host.readFile(uri) === undefined);
  }

  return Object.freeze({
    kindOf,
    explainKind,
    lint,
    dependents,
    invalidate,
    release: (uri: string) => models.invalidate(uri, true),
    configFor: (uri: string) => configs.configFor(uri),
    projectFiles: (uri: string) => models.projectFiles(uri),
    modelOf: modelAt,
    locale,
  });
}
