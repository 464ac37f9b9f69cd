/**
 * Markdown tables whose header names a column as refused or out of scope: "| Answer | Do not answer |",
 * "| ตอบได้ | ไม่ตอบ |", "| Permitido | Prohibido |", "| 可以回答 | 不回答 |". Each header cell is read like a config key
 * (negativeKeys.ts `readKey`, in the prompt's languages): a cell that negates, refuses or names off-topic requests
 * makes the cells under it, row by row, a list of what the bot does not do, as the list under a negative heading.
 * The other columns of the same rows keep their reading ("| homework help | politics |" under "| Yes | No |" is
 * decided by each column's header).
 */

import type { Context } from './context';
import type { Doc } from './doc';
import { readKey } from './negativeKeys';

/** A table's separator row: `|---|:---:|`, `--- | ---` (one character class: no backtracking over the line). */
function separator(t: string): boolean {
  const s = t.trim();
  return s.includes('|') && s.includes('--') && /^[|:\- \t]+$/.test(s);
}

const masks = new WeakMap<Context, Uint8Array>();

/** Per token: 1 inside a cell of a column whose header refuses or names out-of-scope requests. */
export function refusedTableCells(ctx: Context): Uint8Array {
  let out = masks.get(ctx);
  if (!out) {
    out = new Uint8Array(ctx.doc.tokens.length);
    markRefusedColumns(ctx.doc, ctx.languages, out);
    masks.set(ctx, out);
  }
  return out;
}

/** The offsets (in the line) of the cell separators `|` of a table row, escaped `\|` left out. */
function pipes(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i] === '|' && t[i - 1] !== '\\') out.push(i);
  return out;
}

/** The cells of a row as [start, end) offsets in the line: between pipes, the outer pipes optional. */
function cells(t: string): [number, number][] {
  const p = pipes(t);
  const bounds = [...(t.trimStart().startsWith('|') ? [] : [-1]), ...p];
  if (!t.trimEnd().endsWith('|')) bounds.push(t.length);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push([bounds[i] + 1, bounds[i + 1]]);
  return out;
}

function markRefusedColumns(doc: Doc, languages: readonly string[], out: Uint8Array): void {
  const { lines } = doc.structure;
  const text = doc.norm.text;
  const lineText = (i: number): string => text.slice(lines[i].start, lines[i].end);
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lineText(i);
    if (!head.includes('|') || !separator(lineText(i + 1))) continue;
    const refused = cells(head).map(([a, b]) => {
      const name = head.slice(a, b).replace(/[*_`]/g, '').trim();
      return name.length > 0 && name.length <= 60 && readKey(name, languages) !== undefined;
    });
    if (!refused.includes(true)) continue;
    let j = i + 2;
    for (; j < lines.length && lineText(j).includes('|'); j++) {
      const row = cells(lineText(j));
      const ln = lines[j];
      let c = 0;
      for (let k = ln.firstTok; k < ln.endTok; k++) {
        const at = doc.tokens[k].start - ln.start;
        while (c < row.length && row[c][1] <= at) c++;
        if (c < row.length && row[c][0] <= at && refused[c]) out[k] = 1;
      }
    }
    i = j - 1;
  }
}
