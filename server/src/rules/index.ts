import type { Rule } from './types';
import openDomainGrant from './prompt/open-domain-grant';
import noBusinessScope from './prompt/no-business-scope';
import noHumanEscalation from './prompt/no-human-escalation';
import unsupportedLanguage from './prompt/unsupported-language';
import openDomainLlm from './flow/open-domain-llm';
import openDomainFallback from './flow/open-domain-fallback';
import noHumanPath from './flow/no-human-path';
import hiddenLlm from './flow/hidden-llm';
import generalIntent from './flow/general-intent';
import unsupportedRegion from './provider/unsupported-region';
import trainsOnConversations from './data/trains-on-conversations';
import missingReason from './suppression/missing-reason';
import unreadable from './input/unreadable';
import configInvalid from './config/invalid';
import inputLimits from './input/limits';
import duplicateKey from './input/duplicate-key';
import incomplete from './input/incomplete';
import internalError from './internal/error';
import unresolvedPrompt from './code/unresolved-prompt';

/** Every rule, in the order findings are reported. Explicit list: bundling stays deterministic. */
export const RULES: readonly Rule[] = [
  openDomainGrant,
  noBusinessScope,
  noHumanEscalation,
  unsupportedLanguage,
  openDomainLlm,
  openDomainFallback,
  noHumanPath,
  hiddenLlm,
  generalIntent,
  unresolvedPrompt,
  unsupportedRegion,
  trainsOnConversations,
  missingReason,
  unreadable,
  configInvalid,
  inputLimits,
  duplicateKey,
  incomplete,
  internalError,
];

export const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
