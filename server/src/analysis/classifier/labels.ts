/** The clause classes of the classifier, in the fixed order the weights file stores them. */

export const CLAUSE_LABELS = [
  'grant',
  'task-offer',
  'scope-limit',
  'refusal',
  'handoff',
  'no-handoff',
  'generic-persona',
  'business-persona',
  'neutral',
] as const;

export type ClauseLabel = (typeof CLAUSE_LABELS)[number];

export function isClauseLabel(s: string): s is ClauseLabel {
  return (CLAUSE_LABELS as readonly string[]).includes(s);
}
