import { findNodeAtLocation } from 'jsonc-parser';
import { keptTree } from './jsonReparse';

/**
 * A large JSON file's text with a region cut out, as the edits after that region see it: `text` is the file with the
 * region replaced by what an edit after it can read (see `blankArrayButLast`), `end` is where the region ends in
 * `text`, and `shift` is what to add to an offset of `text` from `end` on to get the file's offset.
 */
export interface Blanked {
  text: string;
  end: number;
  shift: number;
}

/**
 * The text of a large JSON file with every item of the array at `path` but the last cut out, found from the tree this
 * lint kept (jsonReparse.ts), or undefined (no kept tree, fewer than two items). jsonc-parser's `modify()` parses the
 * whole text at every call: a fix that appends to `nodes` of a 1 MB n8n export with thousands of nodes built a tree
 * of them at each step. Blanking them with spaces (session 11) was no better on one long line: jsonc-parser's
 * scanner builds a white-space token by appending one character at a time, so a 1 MB run of spaces made a 1 MB
 * string of a million pieces at each step (most of a 1 MB export's lint time was garbage collection). What stays of
 * the cut region is what an edit after it can read: the region's first line break (jsonc-parser's formatter takes the
 * file's line ending from its first one), its last line break and the spaces from there to the last item (the
 * indentation of the last item's line), or, on a line of more than 2,000 characters (not formatted: `formattingFor`),
 * nothing.
 */
export function blankArrayButLast(uri: string, text: string, path: (string | number)[]): Blanked | undefined {
  const root = keptTree(uri, text);
  const array = root && findNodeAtLocation(root, path);
  const items = array?.type === 'array' ? (array.children ?? []) : [];
  if (items.length < 2) return undefined;
  const start = items[0].offset;
  const end = items[items.length - 1].offset;
  const kept = keptOfRegion(text, start, end);
  return {
    text: text.slice(0, start) + kept + text.slice(end),
    end: start + kept.length,
    shift: end - start - kept.length,
  };
}

/** What stays of [start, end): first and last line breaks and the spaces after the last, or spaces, or nothing. */
function keptOfRegion(text: string, start: number, end: number): string {
  let last = end - 1;
  while (last >= start && !isBreak(text.charCodeAt(last))) last--;
  if (last < start) return end - start <= LONG_LINE ? ' '.repeat(end - start) : '';
  let first = start;
  while (!isBreak(text.charCodeAt(first))) first++;
  const breakAt = (i: number) => (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : text[i]);
  // The last break may be the second half of a CRLF: take the pair.
  const lastStart = text.charCodeAt(last) === 10 && last > start && text.charCodeAt(last - 1) === 13 ? last - 1 : last;
  const tail = end - last - 1;
  const lead = lastStart > first ? breakAt(first) : '';
  return lead + breakAt(lastStart) + (tail <= LONG_LINE ? ' '.repeat(tail) : '');
}

/** A line longer than this is not formatted (`formattingFor` in edits.ts): its columns are never read. */
const LONG_LINE = 2000;

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Whether edits of the blanked text read nothing cut out: each starts at or after `end`, and, when formatted, so
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
