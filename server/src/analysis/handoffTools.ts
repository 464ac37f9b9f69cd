/**
 * Handoff tools read by what they do and by what the prompt says about them:
 * - a tool whose name looks something up hands over to nobody: `find_agent` finds a paying agent, `track_transfer`
 *   follows a money transfer, `cek_status_cs` reads a status (the `lookupToken` words of the lexicons);
 * - a tool the prompt forbids calling is no path ("Never call `transfer_to_human`", "Non chiamare mai
 *   `transfer_to_human`", "nu apela niciodată `transfer_to_operator`"): every mention of it goes, its listing among
 *   the tools and the description in its definition ("description: Transfers the chat to a call-centre operator")
 *   included. A prompt that also tells the bot when to call it ("if the customer insists, call `transfer_to_human`")
 *   keeps it: the prohibition then covers other cases.
 * Read over the handoff signals of a prompt (a few per prompt) and their sentences: linear in the tokens.
 */

import type { Context } from './context';
import { toolNameBefore } from './handoffAnswers';
import { tokenAt } from './deadEnds';
import { lexicons } from './lexicon';
import { normalizeEntry, originalStart } from './normalize';
import { ownLanguageMask } from './ownMask';
import { firstNotBefore } from './search';
import type { Signal } from './types';
import { partMatches } from './wordParts';

/** The note escalation.ts gives a tool or token whose clause negates it. */
export const NEGATED_TOOL_NOTE = 'handoff tool or token that is negated';
const TOOL_NOTE = 'handoff tool or token';

interface Part {
  text: string;
  runsOn: boolean;
}

const LOOKUP: Part[] = lexicons.flatMap((l) =>
  (l.entries.lookupToken ?? []).flatMap(({ pattern }) =>
    pattern.split('|').map((w) => ({ text: normalizeEntry(w.replace(/\*$/, '')), runsOn: w.endsWith('*') })),
  ),
);

/** The identifier (normalised) names a look-up: one of its parts is a `lookupToken` word (`find_agent`). */
export function looksUp(id: string): boolean {
  const parts = id.split(/[^\p{L}\p{N}]+/u);
  return parts.some((p) => p.length > 0 && LOOKUP.some((w) => partMatches(p, w.text, w.runsOn, false)));
}

const idOf = (s: Signal): string => s.text.toLowerCase().replace(/^[`'"[<]+|[`'"\]>]+$/g, '');

/** Longest tool name read back from a handoff phrase in its definition. */
const MAX_TOOL_NAME = 64;

/**
 * Tools defined with a handoff description whose name holds no handoff word (`name: connect_counselor` +
 * `description: … 상담원 연결`), that the prompt names in a negated clause ("connect_counselor 도구는 호출하지 마") and
 * never in a condition that calls it. `negated(a, e)` reads the clause of a tool at token a, normalised end e.
 */
function forbiddenDefinitions(
  ctx: Context,
  signals: readonly Signal[],
  negated: (a: number, e: number) => boolean,
): Set<string> {
  const { doc } = ctx;
  const ids = new Set<string>();
  for (const s of signals) {
    if (s.kind !== 'escalation' || !/^handoff (instruction|phrase)/.test(s.note ?? '')) continue;
    const id = toolNameBefore(doc.text, s.span.start);
    if (id && id.length <= MAX_TOOL_NAME && /[_-]/.test(id)) ids.add(id);
  }
  const out = new Set<string>();
  if (ids.size === 0) return out;
  // One pass over the identifiers of the text: every mention of a defined tool, negated or called under a condition.
  const negatedIds = new Set<string>();
  const called = new Set<string>();
  const { sentence } = doc.structure;
  for (const m of doc.norm.text.matchAll(IDENTIFIER)) {
    if (!ids.has(m[0])) continue;
    const a = tokenAt(doc, m.index);
    if (a >= doc.tokens.length) continue;
    if (negated(a, m.index + m[0].length)) negatedIds.add(m[0]);
    else if (conditionBefore(ctx, a, sentence)) called.add(m[0]);
  }
  for (const id of negatedIds) if (!called.has(id)) out.add(id);
  return out;
}

/** A word or identifier of the normalised text (letters, digits, `_` and inner `-`). */
const IDENTIFIER = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;

/** A condition cue in the sentence of token a, before it. */
function conditionBefore(ctx: Context, a: number, sentence: Int32Array): boolean {
  for (let k = a; k >= 0 && sentence[k] === sentence[a]; k--) if (ctx.conditional[k]) return true;
  return false;
}

/** Identifiers of the tools the prompt forbids calling, with no instruction that calls them under a condition. */
function forbiddenTools(
  ctx: Context,
  signals: readonly Signal[],
  negated: (a: number, e: number) => boolean,
): Set<string> {
  const forbidden = forbiddenDefinitions(ctx, signals, negated);
  for (const s of signals) if (s.kind === 'no-escalation' && s.note === NEGATED_TOOL_NOTE) forbidden.add(idOf(s));
  if (forbidden.size === 0) return forbidden;
  const { doc } = ctx;
  const { sentence } = doc.structure;
  for (const s of signals) {
    if (s.kind !== 'escalation' || s.note !== TOOL_NOTE || !forbidden.has(idOf(s))) continue;
    // "When the customer asks twice, call it": a conditional instruction to call the tool elsewhere.
    const a = tokenOfOriginal(ctx, s.span.start);
    const sent = sentence[a];
    let conditional = false;
    for (let k = a; k >= 0 && sentence[k] === sent && !conditional; k--) if (ctx.conditional[k]) conditional = true;
    for (let k = a + 1; k < doc.tokens.length && sentence[k] === sent && !conditional; k++)
      if (ctx.conditional[k]) conditional = true;
    if (conditional) forbidden.delete(idOf(s));
  }
  return forbidden;
}

/** The token at an original offset (the last token that starts at or before it). */
export function tokenOfOriginal(ctx: Context, off: number): number {
  const { doc } = ctx;
  const at = firstNotBefore(doc.tokens.length, (i) => originalStart(doc.norm, doc.tokens[i].start) <= off);
  return Math.max(0, at - 1);
}

/** Demotes every handoff that is, names or defines a tool the prompt forbids calling. */
export function forbiddenToolHandoffs(
  ctx: Context,
  signals: Signal[],
  negated: (a: number, e: number) => boolean,
): Signal[] {
  if (!signals.some((s) => s.kind === 'escalation')) return signals;
  const forbidden = forbiddenTools(ctx, signals, negated);
  if (forbidden.size === 0) return signals;
  const text = ctx.doc.text;
  return signals.map((s) => {
    if (s.kind !== 'escalation') return s;
    const id = idOf(s);
    const named = forbidden.has(id) || (s.text.includes('_') && forbidden.has(id.replace(/\W+$/, '')));
    const defined = !named && forbidden.has(toolNameBefore(text, s.span.start) ?? '');
    if (!named && !defined) return s;
    const why = named ? 'a tool the prompt forbids calling' : 'in the definition of a tool the prompt forbids calling';
    return { ...s, kind: 'no-escalation', note: `${s.note ?? 'handoff'}, ${why}` };
  });
}

/** Tokens read after a tool, in its sentence, for "…, but never call it". */
const FORBID_REACH = 16;
/** Tokens between the prohibition's negation and the pronoun that names the tool ("ga nikada ne", "es NICHT"). */
const PRONOUN_NEAR = 3;
/** Tokens after a tool to the end of its sentence, for the next sentence to forbid it ("… is in testing. Do NOT call it."). */
const NEXT_REACH = 6;
/** Tokens at the start of the next sentence read for its prohibition. */
const NEXT_OPENING = 5;

/**
 * A tool that the text forbids calling through a pronoun, after the tool is introduced: in the clause after a
 * contrast in its own sentence ("transfer_to_staff exists, but never call it", "Postoji alat transfer_to_staff,
 * ali ga nikada ne pozivaj", "`operatorga_ulash` bor, lekin uni CHAQIRMA"), or at the start of the next, short
 * sentence ("The tool an_mitarbeiter_uebergeben is still in testing. Rufe es NICHT auf."). The pronoun is a word of
 * the lexicons' `thisWord` (it, es, ga, uni, det) within PRONOUN_NEAR tokens of the negation, so a contrast that
 * forbids something else ("call transfer_to_staff, but do not promise a time") leaves the tool a path. Reads at most
 * FORBID_REACH + NEXT_OPENING tokens per tool.
 */
export function forbiddenByPronoun(ctx: Context, last: number): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  const n = doc.tokens.length;
  const self = ownLanguageMask(ctx, 'thisWord');
  const forbids = (from: number, to: number): boolean => {
    let neg = -1;
    let pro = -1;
    for (let k = from; k < to; k++) {
      if (ctx.negEnd[k] || ctx.negAfterStart[k]) neg = k;
      if (self[k]) pro = k;
      if (ctx.conditional[k]) return false;
      if (neg >= 0 && pro >= 0 && Math.abs(neg - pro) <= PRONOUN_NEAR) return true;
    }
    return false;
  };
  let k = last + 1;
  let contrast = -1;
  for (; k < n && k - last <= FORBID_REACH && sentence[k] === sentence[last]; k++)
    if (contrast < 0 && ctx.contrast[k]) contrast = k;
  if (contrast >= 0) {
    let end = contrast + 1;
    while (end < n && sentence[end] === sentence[last] && end - last <= FORBID_REACH) end++;
    if (forbids(contrast + 1, end)) return true;
  }
  if (k >= n || sentence[k] === sentence[last] || k - last > NEXT_REACH) return false;
  const next = sentence[k];
  let end = k;
  while (end < n && sentence[end] === next && end - k < NEXT_OPENING) end++;
  return forbids(k, end);
}
