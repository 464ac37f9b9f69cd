import picomatch from 'picomatch';
import type { Config, Level } from '../model/config';
import { CONFIG_FILE, DEFAULT_CONFIG, loadConfig } from '../config/load';
import type { BotModel } from '../model/types';
import { dirOf, join, toPath } from '../model/uri';
import { RULES_BY_ID } from '../rules';
import type { Host } from './host';
import { DEFAULT_LIMITS, withLimits, type InputLimits } from '../input/limits';
import { nodeAt, parseYaml, refOf, type YamlSource } from '../formats/shared/yamlSource';
import { linkBoundaryIssues, linkedPromptUri } from './links';

/** The level a rule runs at under a config: the one place severity is decided (server and CLI alike). */
export function levelOf(config: Config, ruleId: string): Level {
  return config.rules[ruleId] ?? RULES_BY_ID.get(ruleId)?.defaultLevel ?? 'off';
}

/**
 * Which configuration applies to a file: the CLI's --config for every file, or the nearest
 * .wa-policy.yaml above it, with the CLI's --rule levels on top. Folder lookups and parsed
 * configs are cached; invalidate() on a config change.
 */
export class ConfigResolver {
  private readonly dirs = new Map<string, string | null>();
  private readonly parsed = new Map<string, { text: string; config: Config; model: BotModel }>();
  private readonly defaults: Config;
  private readonly compiled = new WeakMap<Config, { rule: string; matches: (path: string) => boolean }[]>();

  constructor(
    private readonly host: Host,
    private readonly fixedUri?: string,
    private readonly overrides?: Record<string, Level>,
  ) {
    this.defaults = overrides ? { ...DEFAULT_CONFIG, rules: { ...overrides } } : DEFAULT_CONFIG;
  }

  /** The config that applies to a file, and the file it came from (undefined: defaults). */
  configFor(uri: string): { config: Config; uri?: string } {
    const configUri = this.findConfigUri(uri);
    return { config: this.configAt(configUri).config, uri: configUri };
  }

  /** A config file's settings and its model (for linting the config file itself). */
  configAt(configUri: string | undefined): { config: Config; model?: BotModel } {
    if (!configUri) return { config: this.defaults };
    const text = this.host.readFile(configUri);
    if (text === undefined) return { config: this.defaults };
    const cached = this.parsed.get(configUri);
    if (cached?.text === text) return cached;
    // The config is read under the default limits (an alias bomb in it is refused, not expanded).
    const loaded = withLimits(undefined, () => loadConfig(configUri, text, new Set(RULES_BY_ID.keys())));
    let src: YamlSource | undefined;
    const outside = linkBoundaryIssues(loaded.config, configUri, this.host, (path) =>
      refOf((src ??= parseYaml(configUri, text)), nodeAt(src, path)),
    );
    if (outside.length) {
      // Links that leave the workspace are reported and dropped; the others still apply.
      loaded.model.issues.push(...outside);
      const inside = (rel: string) => linkedPromptUri(configUri, rel, this.host);
      loaded.config = {
        ...loaded.config,
        links: loaded.config.links.filter((l) => inside(l.prompt) && inside(l.flow)),
      };
    }
    const config = this.overrides
      ? { ...loaded.config, rules: { ...loaded.config.rules, ...this.overrides } }
      : loaded.config;
    const entry = { text, config, model: loaded.model };
    this.parsed.set(configUri, entry);
    return entry;
  }

  /** The input limits for a file: the config's `limits` over the defaults. */
  limitsFor(uri: string): InputLimits {
    const own = this.configFor(uri).config.limits;
    return own ? { ...DEFAULT_LIMITS, ...own } : DEFAULT_LIMITS;
  }

  /** Rules the config's `suppressions` turn off for a file. */
  suppressedRules(uri: string): Set<string> {
    const { config, uri: configUri } = this.configFor(uri);
    const out = new Set<string>();
    if (!config.suppressions.length) return out;
    const base = configUri ? toPath(dirOf(configUri)).replace(/\\/g, '/') + '/' : '';
    const rel = toPath(uri).replace(/\\/g, '/').replace(base, '');
    for (const s of this.suppressionMatchers(config)) if (s.matches(rel)) out.add(s.rule);
    return out;
  }

  /** The config's suppression globs, compiled once per parsed config (a lint asks several times). */
  private suppressionMatchers(config: Config): { rule: string; matches: (path: string) => boolean }[] {
    let list = this.compiled.get(config);
    if (!list) {
      list = config.suppressions.map((s) => ({ rule: s.rule, matches: picomatch(s.files, { dot: true }) }));
      this.compiled.set(config, list);
    }
    return list;
  }

  isFixedConfig(uri: string): boolean {
    return this.fixedUri === uri;
  }

  /** A config file changed, appeared or was deleted. */
  invalidate(uri: string): void {
    if (!uri.endsWith(`/${CONFIG_FILE}`)) return;
    this.dirs.clear();
    this.parsed.delete(uri);
  }

  private findConfigUri(uri: string): string | undefined {
    if (this.fixedUri) return this.fixedUri;
    const chain: string[] = [];
    let dir = dirOf(uri);
    let found: string | null | undefined;
    for (let i = 0; i < 40; i++) {
      found = this.dirs.get(dir);
      if (found !== undefined) break;
      chain.push(dir);
      const candidate = join(dir, CONFIG_FILE);
      if (this.host.readFile(candidate) !== undefined) {
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
    for (const d of chain) this.dirs.set(d, found ?? null);
    return found ?? undefined;
  }
}
