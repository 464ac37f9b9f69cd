import { findNodeAtLocation } from 'jsonc-parser';
import { keptTree } from './jsonReparse';

/** A text of the same length and line breaks as a file's, with a region blanked, and where the region ends. */
export interface Blanked {
  text: string;
  end: number;
}

/**
 * The text of a large JSON file with every item of the array at `path` but the last blanked (spaces, line breaks
 * kept), found from the tree this lint kept (jsonReparse.ts), or undefined (no kept tree, fewer than two items).
 * jsonc-parser's `modify()` parses the whole text at every call: a fix that appends to `nodes` of a 1 MB n8n export
 * with thousands of nodes built a tree of them at each step (most of the time and memory of the lint). Offsets and
 * lines are those of the file, so an edit made after `end` is the edit the whole text gets (see `keepsBlank`).
 */
export function blankArrayButLast(uri: string, text: string, path: (string | number)[]): Blanked | undefined {
  const root = keptTree(uri, text);
  const array = root && findNodeAtLocation(root, path);
  const items = array?.type === 'array' ? (array.children ?? []) : [];
  if (items.length < 2) return undefined;
  const start = items[0].offset;
  const end = items[items.length - 1].offset;
  return { text: text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end), end };
}

/**
 * Whether edits of the blanked text read nothing blanked: each starts at or after `end`, and, when formatted, so
 * does its line (jsonc-parser formats an edit from the start of its line and takes that line's indentation).
 */
export function keepsBlank(edits: { offset: number }[], blanked: Blanked | undefined, formatted: boolean): boolean {
  if (!blanked) return true;
  return edits.every((e) => (formatted ? lineStart(blanked.text, e.offset) : e.offset) >= blanked.end);
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}
