import type { Config } from '../../../schemas/config';
import { analyzePrompt } from '../analysis';
import type { PromptAnalysis } from '../analysis/types';
import type { BotModel, PromptUnit } from '../model/types';
import { RULES } from '../rules';
import type { Rule, RuleFinding } from '../rules/types';

export interface RawResult {
  rule: Rule;
  finding: RuleFinding;
}

/** Runs every applicable rule on a model. Each prompt (file + id) keeps only its latest analysis, so memory stays bounded. */
export class RuleRunner {
  private readonly analyses = new Map<string, { key: string; analysis: PromptAnalysis }>();

  run(model: BotModel, config: Config, textOf: (uri: string) => string): RawResult[] {
    const out: RawResult[] = [];
    const topics = config.business?.topics ?? [];
    // Like a compiler, report syntax errors first: policy rules on a half-parsed file mislead.
    const broken = model.issues.some((i) => i.severity === 'error');
    for (const rule of RULES) {
      if (!rule.appliesTo(model.kind) || config.rules[rule.id] === 'off') continue;
      if (broken && rule.clause !== null) continue;
      try {
        rule.check({
          model,
          config,
          textOf,
          analyze: (p) => this.analyze(p, topics),
          report: (finding) => out.push({ rule, finding }),
        });
      } catch (e) {
        // A rule bug must not take the others (or the server) down.
        out.push({ rule, finding: { ref: { uri: model.uri, span: { start: 0, end: 0 } }, message: `Internal error in rule ${rule.id}: ${(e as Error).message}`, why: 'This is a bug in wa-policy-lint; please report it.' } });
      }
    }
    return out;
  }

  analyze(p: PromptUnit, topics: string[]): PromptAnalysis {
    const slot = `${p.text.uri}#${p.id}`;
    const key = `${JSON.stringify(p.variables)}\u0000${topics.join('\u0001')}\u0000${p.text.text}`;
    const cached = this.analyses.get(slot);
    if (cached?.key === key) return cached.analysis;
    const analysis = analyzePrompt(p.text.text, { variables: p.variables, declaredTopics: topics });
    this.analyses.set(slot, { key, analysis });
    return analysis;
  }

  /** Forgets the analyses of a file's prompts (closed or deleted). */
  forget(uri: string): void {
    for (const slot of this.analyses.keys()) if (slot.startsWith(`${uri}#`)) this.analyses.delete(slot);
  }
}
