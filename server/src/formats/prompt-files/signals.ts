/** What sniff.ts counts in a text to decide whether it is a prompt. */
export interface PromptSignals {
  persona: boolean;
  /** The text opens on its persona line: the first thing it says is who the model is. */
  opensOnPersona: boolean;
  directives: number;
  headings: number;
  placeholders: boolean;
  handoff: boolean;
  /** Sentences that address the reader as "you" make up a good part of the text. */
  address: boolean;
  /** The user or customer is named in the third person more than once. */
  counterpart: boolean;
  /** Three or more short list items (rules, steps), in any language. */
  ruleList: boolean;
  /** A tool signature or identifier (`lookup_order(id)`), in any language. */
  tools: boolean;
  /** Front matter that configures a chat model or the WhatsApp channel (`model: mistral-large`, `channel: whatsapp`). */
  modelFrontMatter?: boolean;
}
