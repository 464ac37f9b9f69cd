/** Result types of the prompt scope analysis. Spans are offsets into the analysed (decoded) text. */

import type { PromptIO, Span } from '../model/types';
import type { NotABot } from './purpose';

export type SignalKind =
  | 'grant' // "answer any question", "like ChatGPT", essays/code/poems on request
  | 'leak' // a scoped prompt that opens up: "if unrelated, use your general knowledge"
  | 'generic-persona' // "You are a helpful assistant", an AI friend/companion
  | 'scope' // the business and topics the bot is limited to
  | 'refusal' // instruction to decline off-topic requests
  | 'neutralised' // a grant-like phrase that is negated, domain-qualified or quoted in a refusal example
  | 'escalation' // transfer/handoff instruction, or a real contact for human help
  | 'no-escalation' // explicit "no human will read this", placeholder contacts
  | 'business'; // a named business/organisation the bot serves

export interface Signal {
  kind: SignalKind;
  span: Span;
  /** The matched text as it appears in the prompt. */
  text: string;
  /** Language of the lexicon entry that matched (BCP 47: en, es, pt, id, zh, ar, de, hi, fr...). */
  lang: string;
  /** Why a phrase was neutralised or what it means, in plain words. */
  note?: string;
  /** Set on a signal of the clause classifier: the probability of its class. */
  score?: number;
}

/** Why a verdict is not sure (analysis/confidence.ts). */
export type Doubt = 'language' | 'borderline' | 'short';

export interface PromptAnalysis {
  /** Languages detected in the prompt, most frequent first. */
  languages: string[];
  /** True when the prompt lets people use the bot as a general-purpose assistant. */
  openDomain: boolean;
  /** The decisive reason. `scoped` when openDomain is false. */
  reason: 'explicit-grant' | 'leak' | 'generic-persona' | 'no-scope' | 'scoped';
  /** Every signal found, in text order. */
  signals: Signal[];
  /** True when the prompt gives a usable path to a human. */
  hasEscalation: boolean;
  /**
   * `low` when the prompt is mostly in a language without a lexicon. The verdict is then
   * conservative: openDomain only on explicit signals that still match (English fragments,
   * "like ChatGPT"), never on a missing scope or persona; hasEscalation counts handoff tokens and
   * contacts (phones, e-mails, support links are language-independent), so `false` means "none
   * found", not "none given". Rules may lower their severity accordingly.
   */
  confidence?: 'low';
  /** Why the verdict is low-confidence, when it is: reported as an info finding, never silently. */
  doubts?: Doubt[];
  /**
   * Set when the prompt is not a bot talking to customers (an evaluator, a classifier, a report
   * summariser, documentation): the prompt rules report nothing on it.
   */
  notABot?: NotABot;
}

export interface AnalyzeOptions {
  /** Template variables with defaults; a persona variable whose default is generic counts as generic. */
  variables?: Record<string, string>;
  /** Topics the config declares the bot is limited to (adds to scope evidence). */
  declaredTopics?: string[];
  /** Path or URI of the prompt's file: its folders and name are cues of a prompt that is not a bot (purpose.ts). */
  path?: string;
  /** What the prompt file declares about its input and output (front matter, role turns): see promptIO.ts. */
  io?: PromptIO;
  /**
   * Names the file gives to bots (the other agents of an agent-framework config): a handoff to one of them reaches
   * no person, whatever its name says (`billing`, `tech_agent`).
   */
  botNames?: string[];
  /**
   * The text speaks to the model as its persona by the discovery's own evidence (formats/prompt-files/sniff.ts
   * `addressesModel`), given by the caller for a file in a docs folder: such a file is a prompt, not a page.
   */
  addressesModel?: boolean;
}
