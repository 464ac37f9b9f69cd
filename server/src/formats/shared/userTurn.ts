/**
 * Instructions written into the user turn of a prompt template ("You are the order desk of … Customer
 * question: {{query}}"): many builders leave the system message empty and write the instructions around the
 * user's message. A template that is only the message variable, or a short label around it, is not a prompt.
 */
const PLACEHOLDER = /\{\{[^{}]*\}\}|\{#[^{}]*#\}|\{[A-Za-z_][\w.-]*\}|\$\{[^{}]*\}|\$[A-Za-z_][\w.-]*/g;
const MIN_WORDS = 8;

/** True when the template holds instructions besides its variables (at least a sentence of words). */
export function hasInstructions(template: string): boolean {
  const rest = template.replace(/^=/, '').replace(PLACEHOLDER, ' ');
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length >= MIN_WORDS;
}
