import type { Config, Level } from '../model/config';
import type { PromptAnalysis } from '../analysis/types';
import type { BotModel, FormatKind, PromptUnit, SourceRef } from '../model/types';
import type { Fix } from '../model/fixes';
import type { MessageRef } from '../model/messageRef';

export type { FileEdit, Fix } from '../model/fixes';

/** What a rule reports; the service turns it into a Diagnostic. */
export interface RuleFinding {
  ref: SourceRef;
  message: string;
  /** Overrides the rule's clause (rules that cite one clause per provider). */
  clause?: string;
  /** Plain-words explanation, the signals that decided it and what would make it compliant (hover). */
  why: string;
  signals?: string[];
  howToFix?: string;
  related?: { ref: SourceRef; message: string }[];
  fixes?: Fix[];
  /** `info` lowers the rule's level for this finding (a low-confidence verdict is never an error). */
  level?: 'info';
  /** 0-based line where a `disable-next-line` comment must stand (defaults to the line above the finding). */
  suppressAt?: number;
  /** Catalog key under the rule id (`<rule>.<key>.message`) and named arguments of the texts, for other locales. */
  l10n?: MessageRef & { howToFix?: string };
}

export interface RuleContext {
  readonly model: BotModel;
  readonly config: Config;
  /** Scope analysis of a prompt, computed once per model. */
  analyze(prompt: PromptUnit): PromptAnalysis;
  /** Text of a file of the model. */
  textOf(uri: string): string;
  report(finding: RuleFinding): void;
}

export interface Rule {
  /** Stable id, `<domain>/<kebab-name>`; the Diagnostic code. */
  id: string;
  /** Clause id in schemas/policies.yaml; null only for rules about the linter's own input. */
  clause: string | null;
  defaultLevel: Exclude<Level, 'off'>;
  summary: string;
  appliesTo(kind: FormatKind): boolean;
  check(ctx: RuleContext): void;
}

export const isPromptFile = (k: FormatKind) =>
  k === 'system-prompt' || k === 'prompt-yml' || k === 'prompty' || k === 'dotprompt';
export const isFlow = (k: FormatKind) => !isPromptFile(k) && k !== 'wa-policy-config';
export const anyBot = (k: FormatKind) => k !== 'wa-policy-config';
