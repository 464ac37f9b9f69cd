/**
 * Language-independent shape of a system prompt (sniff.ts): rule lists, tool signatures and labelled
 * sections ("Rules:", "Zakres: …") look the same in every language, so a prompt in a language without
 * cue words is still recognised by how it is laid out.
 */

export interface PromptShape {
  /** Short bulleted or numbered items in the prose. */
  listItems: number;
  /** A tool the model is told about: `lookup_order(id)`, `escalate_to_staff`, `- web_search(query) — …`. */
  tools: boolean;
  /** Section labels: a short line ending in a colon, or `Label: text`; the label text, normalised. */
  labels: string[];
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S/;
/** A long item or one that is only a link is not a rule. */
const RULE_ITEM_MAX = 300;
const LINK_ONLY = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/;
/** A call signature or a snake_case identifier in backticks, or a tool listed with its signature. */
const TOOL =
  /`[\p{L}_][\p{L}\p{N}_.]*\([^`\n]*\)`|`[\p{Ll}\d]+(?:_[\p{Ll}\d]+)+`|^\s*(?:[-*+•]\s+)?[a-z][a-z0-9]*(?:_[a-z0-9]+)+\([^)\n]*\)\s*[—–:-]/mu;
/** `Label:` alone, or `Label: text`, with a label of at most three words and no sentence punctuation. */
const LABEL =
  /^\s*(?:[-*+•]\s+)?(?:\*\*|__)?([^\s:：.!?,;()[\]{}"'`]+(?:\s[^\s:：.!?,;()[\]{}"'`]+){0,2})(?:\*\*|__)?\s*[:：]/u;

export function promptShape(prose: string[]): PromptShape {
  const items = prose.filter((l) => LIST_ITEM.test(l) && l.length <= RULE_ITEM_MAX && !LINK_ONLY.test(l));
  const labels: string[] = [];
  for (const line of prose) {
    const m = LABEL.exec(line);
    // Not a URL scheme (`https://`) nor a time (`8:00`).
    if (!m || /^\d+$/.test(m[1]) || line.charAt(m[0].length) === '/') continue;
    labels.push(m[1].normalize('NFKC').toLowerCase());
  }
  return { listItems: items.length, tools: prose.some((l) => TOOL.test(l)), labels };
}
