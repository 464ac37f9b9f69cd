/** Prompt edits live with the formats (fix builders use them too); rules import them from here. */
export { diffEdit, insertAtPromptEnd, insertAtPromptStart, replacePromptLine } from '../formats/shared/edits';
