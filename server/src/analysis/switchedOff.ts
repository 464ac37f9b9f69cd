/**
 * Handoff settings that are switched off in a configuration the bot ships with: `"human_handoff": false`,
 * `handoff_manusia: off`, `human_in_loop: false`, `"escalation": { "enabled": false, "note": "coming soon" }`.
 * The key names a handoff (found by the handoff readers); this reads only its value, right after the key, so the
 * work is bounded by the value's length (at most MAX_OBJECT characters for an object).
 * Configuration values are code, not prose: the words here are the values and switch keys that YAML, JSON and
 * TOML use, in English as every platform writes them. A handoff inside a template block whose field is empty is
 * switched off the same way: it is never rendered.
 */

import type { Doc } from './doc';
import { toOriginal } from './normalize';
import type { Signal } from './types';
import { unfilledBlocks } from './variables';

/** A scalar that switches a setting off: YAML 1.1 / JSON / TOML booleans and their usual spellings. */
const OFF_VALUE = /^["']?(?:false|off|no|disabled|none|null|0)["']?(?=\s*(?:[,}\]\n#<]|$))/i;
/** Keys that switch a setting on or off, as every platform writes them in YAML, JSON and TOML. */
export const SWITCH_KEYS = ['enabled', 'active', 'on', 'available', 'is_enabled', 'isenabled'];
/** `enabled: false` (or active, on, available) inside the key's object value. */
const OFF_SWITCH = new RegExp(`["']?(?:${SWITCH_KEYS.join('|')})["']?\\s*[:=]\\s*["']?(?:false|off|no|0)\\b`, 'i');
/**
 * A status key inside the value (`status`, `state`, `durum`, `estado`, `statut`, `stato`), with the offset of its
 * value: a status that says the path is not there yet ("em breve", "yapım aşamasında") switches the setting off.
 */
const STATUS_KEY =
  /["']?\b(?:status|state|estado|estatus|statut|stato|durum|durumu|stan|trang_thai)["']?[ \t]*[:=][ \t]*["']?/gi;
/** Key/value separator right after a key (a closing quote may come first); `>` ends an XML tag (`<handoff>off</handoff>`). */
const KEY_END = /^["']?[ \t]*[:=>][ \t]*/;
/** Longest object value read for its switch: a handoff setting is a few keys, not a document. */
const MAX_OBJECT = 400;

/**
 * When the key ending at `end` (offset into `text`) holds a switched-off value, the offset where that value ends
 * (the scalar's end, or the object's closing brace); else -1.
 */
export function switchedOffValue(text: string, end: number, notYet: (at: number) => boolean = () => false): number {
  const head = KEY_END.exec(text.slice(end, end + 8));
  if (!head) return -1;
  const from = end + head[0].length;
  const scalar = OFF_VALUE.exec(text.slice(from, from + 12));
  if (scalar) return from + scalar[0].length + closingTag(text, from + scalar[0].length);
  if (text[from] === '\n' || text[from] === '\r') return yamlBlock(text, end, from, notYet);
  if (text[from] !== '{') return -1;
  // The object's own braces only: a nested object ends the reading (its switch is another setting's).
  let close = -1;
  for (let i = from + 1; i < text.length && i - from < MAX_OBJECT; i++) {
    if (text[i] === '{') return -1;
    if (text[i] === '}') {
      close = i;
      break;
    }
  }
  if (close < 0) return -1;
  return offIn(text, from, close, notYet) ? close + 1 : -1;
}

/** The value [from, to) holds an off switch, or a status whose value is "not yet". */
function offIn(text: string, from: number, to: number, notYet: (at: number) => boolean): boolean {
  const value = text.slice(from, to);
  if (OFF_SWITCH.test(value)) return true;
  STATUS_KEY.lastIndex = 0;
  for (let m = STATUS_KEY.exec(value); m; m = STATUS_KEY.exec(value))
    if (notYet(from + m.index + m[0].length)) return true;
  return false;
}

/** A YAML block under the key (`human_handoff:` then more-indented lines): its end when it holds an off switch. */
function yamlBlock(text: string, keyEnd: number, from: number, notYet: (at: number) => boolean): number {
  const lineStart = text.lastIndexOf('\n', keyEnd - 1) + 1;
  const indent = /^[ \t-]*/.exec(text.slice(lineStart, keyEnd))?.[0].length ?? 0;
  let i = from;
  let blockEnd = from;
  while (i < text.length && i - from < MAX_OBJECT) {
    const nl = text.indexOf('\n', i + 1);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(i + 1, lineEnd);
    if (line.trim() !== '') {
      const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (own <= indent) break;
    }
    blockEnd = lineEnd;
    i = lineEnd;
    if (nl < 0) break;
  }
  return blockEnd > from && offIn(text, from, blockEnd, notYet) ? blockEnd : -1;
}

/** The length of an XML closing tag right after a value (`off</handoff>`), so that the element is read as one; else 0. */
function closingTag(text: string, at: number): number {
  return /^<\/[\w.:-]{1,40}>/.exec(text.slice(at, at + 44))?.[0].length ?? 0;
}

/**
 * A handoff setting the configuration switches off (`"human_handoff": { "enabled": false }`, `handoff: off`, a
 * `status` that says it is not there yet: `"status": "em breve"`, `durum: "yapım aşamasında"`) is no
 * path, and neither is anything inside its value (a note "live chat coming soon", a queue name).
 */
export function switchedOffSignals(doc: Doc, out: Signal[]): Signal[] {
  const { text } = doc;
  // Where a "not yet" status starts (`"status": "em breve"`): original offsets of the soonWord matches.
  const soon = new Set<number>();
  for (const m of doc.matches.soonWord)
    soon.add(toOriginal(doc.norm, doc.tokens[m.from].start, doc.tokens[m.to - 1].end).start);
  const notYet = (at: number): boolean => soon.has(at);
  const ranges: [number, number][] = [];
  for (const s of out) {
    const end = switchedOffValue(text, s.span.end, notYet);
    if (end >= 0) ranges.push([s.span.start, end]);
  }
  if (!ranges.length) return out;
  return out.map((s) =>
    s.kind === 'escalation' && ranges.some(([a, b]) => s.span.start >= a && s.span.end <= b)
      ? { ...s, kind: 'no-escalation', note: `${s.note ?? 'handoff'}, in a handoff setting that is switched off` }
      : s,
  );
}

/** A handoff only inside a template block whose field is still empty (`{% if contact %}…{% endif %}`) is not rendered. */
export function unrendered(text: string, out: Signal[], vars?: Record<string, string>): Signal[] {
  const blocks = unfilledBlocks(text, vars);
  if (!blocks.length) return out;
  return out.map((s) =>
    s.kind === 'escalation' && blocks.some((b) => s.span.start >= b.start && s.span.end <= b.end)
      ? { ...s, kind: 'no-escalation', note: `${s.note ?? 'handoff'}, only in a template block whose field is empty` }
      : s,
  );
}
