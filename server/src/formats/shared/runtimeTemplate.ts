/**
 * A value that is only a template filled at run time (`{{trigger.message.Body}}`, `{{User message}}`): a variable
 * set to it holds no literal text, so none of its words are the bot's instructions.
 */
export function isRuntimeTemplate(text: string): boolean {
  return /^\s*\{\{[^}]*\}\}\s*$/.test(text);
}

/** A literal text a Set-variable step gives a variable: non-blank and not itself a runtime template. */
export function literalValue(text: string | undefined): boolean {
  return !!text?.trim() && !isRuntimeTemplate(text);
}
