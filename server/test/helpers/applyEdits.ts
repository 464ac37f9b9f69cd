import { LineIndex } from '../../src/model/text';
import type { FindingEdit } from '../../src/service/findings';

/** Applies non-overlapping edits (LSP ranges) to a text, last first. */
export function applyEdits(text: string, edits: FindingEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits
    .map((e) => ({
      start: index.offset(e.range.start.line, e.range.start.character),
      end: index.offset(e.range.end.line, e.range.end.character),
      text: e.newText,
    }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let floor = Infinity;
  for (const s of spans) {
    if (s.end > floor) continue;
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    floor = s.start;
  }
  return out;
}
