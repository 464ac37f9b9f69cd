/** A hand-written challenge case: a system prompt with gold labels by policy meaning. */
export interface ChallengeCase {
  id: string;
  /** Dominant language (BCP 47); `und-xx` for languages with no lexicon. `mixed` for code-switching. */
  lang: string;
  openDomain: boolean;
  hasEscalation: boolean;
  note: string;
  text: string;
  variables?: Record<string, string>;
}
