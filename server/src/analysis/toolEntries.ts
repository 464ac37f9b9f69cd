/**
 * Handoff tools whose own entry in the configuration is switched off: a tools list item that names the tool and
 * sets its switch off (`{ "nombre": "derivar_a_ejecutivo", "habilitada": false }`, `- name: transfer_human` with
 * `ativo: false` under it), or a tool key whose value is off (`chuyen_nhan_vien:` with `enabled: false`, found by
 * switchedOff.ts). Such a tool reaches nobody wherever the prompt names it, and a handoff sentence that the prompt
 * carries out through it ("si pide un ejecutivo, usa derivar_a_ejecutivo") is no path either, unless that sentence
 * also gives a way that works (another tool, a contact).
 * The switch keys are the English ones every platform writes and the lexicons' `switchKey` words (habilitada, ativo,
 * aktif). Reads at most MAX_ENTRY characters around each handoff tool named as a value: linear in the signals.
 */

import type { Context } from './context';
import { tokenOfOriginal } from './handoffTools';
import { lexicons } from './lexicon';
import { SWITCH_KEYS } from './switchedOff';
import type { Signal } from './types';

/** Longest tool entry read (a name, a description, an endpoint, a flag or two). */
const MAX_ENTRY = 1200;

const SWITCH_WORDS = [
  ...SWITCH_KEYS,
  'enable',
  ...lexicons.flatMap((l) => (l.entries.switchKey ?? []).flatMap(({ pattern }) => pattern.split('|'))),
];
/** `"enabled": false`, `ativo: no`, `habilitada = 0`: a switch key that starts a key (after `{`, `,`, a quote or a line start). */
const OFF_SWITCH = new RegExp(
  `(?:^|[\\s{,"'])(?:${[...new Set(SWITCH_WORDS)].join('|')})["']?[ \\t]*[:=][ \\t]*["']?(?:false|off|no|0)(?![\\p{L}\\p{N}_])`,
  'imu',
);

/** A tool named as the value of a key (`"name": "transfer_human"`, `- nome: passar_atendente`). */
const VALUE_BEFORE = /[:=][ \t]*["'`]?$/;

const idOf = (s: Signal): string => s.text.toLowerCase().replace(/^[`'"[<]+|[`'"\]>]+$/g, '');
const TOOL_ID = /^[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)+$/u;

/** The innermost JSON object around `at`, when it is at most MAX_ENTRY long. */
function jsonEntry(text: string, at: number): [number, number] | undefined {
  let depth = 0;
  let start = -1;
  for (let i = at - 1; i >= 0 && at - i < MAX_ENTRY; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    }
  }
  if (start < 0) return undefined;
  depth = 0;
  for (let i = at; i < text.length && i - start < MAX_ENTRY; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return [start, i + 1];
      depth--;
    }
  }
  return undefined;
}

/** Column of a line's first key (after its indent and a list dash). */
function keyColumn(line: string): number {
  return /^[ \t]*(?:-[ \t]+)?/.exec(line)?.[0].length ?? 0;
}

/** The YAML list item around the line at `at` (`- name: …` and the more-indented lines under it). */
function yamlEntry(text: string, at: number): [number, number] | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const own = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const col = keyColumn(own);
  // Up to the item's dash line: sibling keys have the same column.
  let start = lineStart;
  let line = own;
  while (!/^[ \t]*-[ \t]/.test(line)) {
    if (start === 0 || lineStart - start > MAX_ENTRY) return undefined;
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    line = text.slice(prev, start - 1);
    if (line.trim() !== '' && keyColumn(line) !== col) return undefined;
    start = prev;
  }
  let end = lineEnd < 0 ? text.length : lineEnd;
  while (end < text.length && end - start < MAX_ENTRY) {
    const nl = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nl < 0 ? text.length : nl);
    // The item goes on over blank lines and lines indented at least to its keys (a nested list included).
    if (next.trim() !== '' && (/^[ \t]*/.exec(next)?.[0].length ?? 0) < col) break;
    end = nl < 0 ? text.length : nl;
  }
  return [start, end];
}

const SWITCHED_OFF = 'in a handoff setting that is switched off';

/** Demotes the handoffs through a tool whose own entry is switched off (see the module comment). */
export function switchedOffTools(ctx: Context, signals: Signal[]): Signal[] {
  const { text } = ctx.doc;
  const dead = new Set<string>();
  const entries: [number, number][] = [];
  for (const s of signals) {
    if (!(s.note ?? '').startsWith('handoff tool or token')) continue;
    const id = idOf(s);
    if (!TOOL_ID.test(id)) continue;
    if ((s.note ?? '').endsWith(SWITCHED_OFF)) {
      dead.add(id);
      continue;
    }
    if (!VALUE_BEFORE.test(text.slice(Math.max(0, s.span.start - 6), s.span.start))) continue;
    const entry = jsonEntry(text, s.span.start) ?? yamlEntry(text, s.span.start);
    if (!entry || !OFF_SWITCH.test(text.slice(entry[0], entry[1]))) continue;
    dead.add(id);
    entries.push(entry);
  }
  if (dead.size === 0) return signals;
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const sentenceOf = (s: Signal): number => sentence[tokenOfOriginal(ctx, s.span.start)];
  const named = (s: Signal): boolean => {
    const t = s.text.toLowerCase();
    for (const id of dead) if (t.includes(id)) return true;
    return false;
  };
  // Sentences that carry a handoff out through a dead tool, and those that also give a live way.
  const through = new Set<number>();
  const live = new Set<number>();
  for (const s of signals) {
    if (named(s)) through.add(sentenceOf(s));
    else if (s.kind === 'escalation' && !/^handoff (instruction|phrase)/.test(s.note ?? '')) live.add(sentenceOf(s));
  }
  return signals.map((s) => {
    if (s.kind !== 'escalation') return s;
    const inEntry = entries.some(([a, b]) => s.span.start >= a && s.span.end <= b);
    const why = inEntry
      ? 'in the entry of a tool that is switched off'
      : named(s)
        ? 'a tool whose entry is switched off'
        : /^handoff (instruction|phrase)/.test(s.note ?? '') && through.has(sentenceOf(s)) && !live.has(sentenceOf(s))
          ? 'carried out by a tool whose entry is switched off'
          : undefined;
    return why ? { ...s, kind: 'no-escalation', note: `${s.note ?? 'handoff'}, ${why}` } : s;
  });
}
