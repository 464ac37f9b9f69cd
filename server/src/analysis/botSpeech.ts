/**
 * The bot's own speech: a quotation the prompt tells the bot to send ("Greet every customer with:
 * '…'", "Reply: '…'", 「次の挨拶を送ってください：「…」」) is what the bot says and offers, so a grant
 * inside it counts; a quotation of someone else (a customer's message, an attacker's jailbreak) does
 * not. The speaker is read from the clause that introduces the quotation: a word for what the bot
 * sends (lexicon category `speechWord`: greet, reply, send, greeting, welcome message; not "say" or
 * "write", which customers do too), with no negation ("never send") and no condition in that clause.
 */

import { type Context, commaBetween } from './context';
import { type Section, sectionMemo } from './sections';

const cache = new WeakMap<Context, Uint8Array>();

/** Per token: 1 inside a quotation (quotation marks or a block-quote line) that is the bot's own speech. */
export function botSpeech(ctx: Context): Uint8Array {
  let out = cache.get(ctx);
  if (!out) {
    out = spokenByBot(ctx);
    cache.set(ctx, out);
  }
  return out;
}

function spokenByBot(ctx: Context): Uint8Array {
  const { doc } = ctx;
  const { quoted, lines, tokLine } = doc.structure;
  const n = doc.tokens.length;
  const out = new Uint8Array(n);
  markConfigValues(ctx, out);
  if (doc.matches.speechWord.length === 0) return out;
  const inQuote = (k: number): boolean => quoted[k] === 1 || lines[tokLine[k]].kind === 'quote';
  let runEnd = -1;
  for (let s = 0; s < n; s = Math.max(s + 1, runEnd)) {
    if (!inQuote(s)) continue;
    // The run: consecutive quoted tokens of one line (a block quote: the rest of its line).
    runEnd = s + 1;
    while (runEnd < n && tokLine[runEnd] === tokLine[s] && inQuote(runEnd) && !gapUnquoted(ctx, runEnd)) runEnd++;
    if (introducedAsBotSpeech(ctx, s)) out.fill(1, s, runEnd);
  }
  return out;
}

/** An unquoted stretch between token k-1 and token k (two quotations on one line). */
function gapUnquoted(ctx: Context, k: number): boolean {
  const { quoted, lines, tokLine } = ctx.doc.structure;
  return lines[tokLine[k]].kind !== 'quote' && quoted[k - 1] === 0;
}

/** The introducing clause of the quotation starting at token s: on its line, or the line before when it opens the line. */
function introducedAsBotSpeech(ctx: Context, s: number): boolean {
  const { lines, tokLine, quoted } = ctx.doc.structure;
  const line = lines[tokLine[s]];
  let end = s;
  let lo = line.firstTok;
  // A label line ("Message d'accueil, à envoyer tel quel :") is read back past its commas until a speech word.
  let label = false;
  if (s === line.firstTok) {
    // The quotation opens its line: the introducer is the previous non-blank line, if it ends on a colon.
    let p = tokLine[s] - 1;
    while (p >= 0 && lines[p].kind === 'blank') p--;
    if (p < 0 || !lines[p].colon || lines[p].endTok <= lines[p].firstTok) return false;
    end = lines[p].endTok;
    lo = lines[p].firstTok;
    label = true;
  }
  // Walk back over the clause just before the quotation (its own break right before the quote aside).
  const speech = ctx.covered('speechWord');
  let said = false;
  for (let k = end - 1; k >= lo; k--) {
    if (quoted[k]) break;
    if (ctx.negEnd[k] || ctx.conditional[k]) return false;
    if (speech[k]) said = true;
    if (k > lo && commaBetween(ctx.doc, k) && (said || !label)) break;
  }
  return said;
}

/** A key (quoted, or a bare YAML key) and a colon, then a double-quoted value: group 1 is the value. */
const KEY_VALUE = /(?:"[^"\n]{1,80}"|^\s*(?:-\s+)?[\p{L}\p{N}_.-]{1,80})\s*[:：]\s*"((?:[^"\\\n]|\\.)*)"/gu;

/**
 * Values of a JSON or YAML mapping (`"description": "…"`, `persona: "…"`): strings of the bot's own
 * configuration (its capabilities, tools, personas), not someone's words quoted in the prompt. Marks their
 * tokens in `out`. A value is read on its line, and no line crosses a section: kept per section (`sectionMemo`).
 */
function markConfigValues(ctx: Context, out: Uint8Array): void {
  for (const s of ctx.doc.sections) {
    for (const k of sectionMemo(s, 'configValues', configValueTokens)) out[s.tokBase + k] = 1;
  }
}

/** The section's tokens inside configuration values (section-local indexes); reads each line that has a colon once. */
function configValueTokens(s: Section): number[] {
  const { tokens, norm, lines, normBase, tokBase } = s;
  const marked: number[] = [];
  for (const line of lines) {
    if (line.endTok <= line.firstTok) continue;
    const start = line.start - normBase;
    const text = norm.text.slice(start, line.end - normBase);
    if (!text.includes(':') && !text.includes('：')) continue;
    let k = line.firstTok - tokBase;
    const endTok = line.endTok - tokBase;
    for (const m of text.matchAll(KEY_VALUE)) {
      const from = start + m.index + m[0].length - 1 - m[1].length;
      const to = from + m[1].length;
      while (k < endTok && tokens[k].start - normBase < from) k++;
      for (; k < endTok && tokens[k].end - normBase <= to; k++) marked.push(k);
    }
  }
  return marked;
}
