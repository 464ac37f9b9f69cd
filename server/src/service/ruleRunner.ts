import type { Config } from '../model/config';
import type { BotModel } from '../model/types';
import { RULES } from '../rules';
import type { Rule, RuleFinding } from '../rules/types';
import { levelOf } from './configResolver';
import { phase } from './phaseTrace';
import { analyzeUnit } from './promptAnalysis';

/** A rule's finding together with the rule that reported it, still located by character spans. */
export interface SpannedFinding {
  rule: Rule;
  finding: RuleFinding;
}

/** Runs every applicable rule on a model; prompt analyses come from analyzePrompt's cache by content hash. */
export class RuleRunner {
  run(model: BotModel, config: Config, textOf: (uri: string) => string): SpannedFinding[] {
    const out: SpannedFinding[] = [];
    const topics = config.business?.topics ?? [];
    // Like a compiler, report syntax errors first: policy rules on a half-parsed file mislead.
    const broken = model.issues.some((i) => i.severity === 'error');
    for (const rule of RULES) {
      if (!rule.appliesTo(model.kind) || levelOf(config, rule.id) === 'off') continue;
      if (broken && rule.clause !== null) continue;
      try {
        rule.check({
          model,
          config,
          textOf,
          analyze: (p) => phase('analysis', () => analyzeUnit(p, topics)),
          report: (finding) => out.push({ rule, finding }),
        });
      } catch (e) {
        // A rule bug must not take the others (or the server) down.
        out.push({
          rule,
          finding: {
            ref: { uri: model.uri, span: { start: 0, end: 0 } },
            message: `Internal error in rule ${rule.id}: ${(e as Error).message}`,
            why: 'This is a bug in wa-policy-lint; please report it.',
          },
        });
      }
    }
    return out;
  }
}
