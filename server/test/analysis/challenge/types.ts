/** A hand-written challenge case: a system prompt with gold labels by policy meaning. */
export type { LabelledPrompt as ChallengeCase } from '../../helpers/scoring';
