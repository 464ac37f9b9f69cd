import picomatch from 'picomatch';
import type { Config } from '../model/config';
import { DEFAULT_CONFIG } from '../config/load';
import type { BotModel, FormatKind } from '../model/types';
import { dirOf, toPath } from '../model/uri';
import type { Finding } from '../service/findings';
import { parseDirectives } from '../model/suppressions';
import type { ReportBot, ReportSuppression } from './types';

/** What the report needs from the policy service (the CLI's and the language server's). */
export interface ReportSource {
  modelOf(uri: string): BotModel | undefined;
  configFor(uri: string): { config: Config; uri?: string };
}

export interface LintedFile {
  uri: string;
  kind: FormatKind | string;
  findings: Finding[];
}

/**
 * Groups linted files into bots (the files of a Rasa or Dialogflow CX project are one bot) and gathers
 * their findings and suppressions. Call after `service.lint(uri)` for each file.
 */
export function collectBots(
  service: ReportSource,
  linted: LintedFile[],
  relative: (uri: string) => string,
  textOf: (uri: string) => string | undefined,
): { bots: ReportBot[]; config: Config; configFile?: string } {
  const byModel = new Map<BotModel, LintedFile[]>();
  for (const l of linted) {
    if (l.kind === 'wa-policy-config') continue;
    const model = service.modelOf(l.uri);
    if (model) (byModel.get(model) ?? byModel.set(model, []).get(model)!).push(l);
  }
  const first = linted[0] ? service.configFor(linted[0].uri) : undefined;
  const bots: ReportBot[] = [];
  for (const [model, files] of byModel) {
    const { config, uri: configUri } = service.configFor(model.uri);
    const uris = [...new Set([...model.files, ...files.map((f) => f.uri)])].sort();
    bots.push({
      file: relative(model.uri),
      kind: model.kind,
      model,
      files: uris.map(relative),
      findings: files.flatMap((f) => f.findings),
      suppressions: [
        ...uris.flatMap((u) => commentSuppressions(u, textOf(u), relative)),
        ...configSuppressions(config, configUri, uris, relative),
      ],
      config: first && config !== first.config ? config : undefined,
      configFile: configUri ? relative(configUri) : undefined,
    });
  }
  return { bots, config: first?.config ?? DEFAULT_CONFIG, configFile: first?.uri ? relative(first.uri) : undefined };
}

function commentSuppressions(
  uri: string,
  text: string | undefined,
  relative: (uri: string) => string,
): ReportSuppression[] {
  return text
    ? parseDirectives(text).map((d) => ({
        source: 'comment',
        file: relative(uri),
        line: d.line + 1,
        rules: d.rules,
        reason: d.reason,
      }))
    : [];
}

function configSuppressions(
  config: Config,
  configUri: string | undefined,
  uris: string[],
  relative: (uri: string) => string,
): ReportSuppression[] {
  if (!config.suppressions.length || !configUri) return [];
  const base = toPath(dirOf(configUri)).replace(/\\/g, '/') + '/';
  const rels = uris.map((u) => toPath(u).replace(/\\/g, '/').replace(base, ''));
  return config.suppressions
    .filter((s) => rels.some((r) => picomatch(s.files, { dot: true })(r)))
    .map((s) => ({ source: 'config', file: relative(configUri), rules: [s.rule], files: s.files, reason: s.reason }));
}
