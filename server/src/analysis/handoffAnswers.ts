/**
 * Handoffs decided by what they lead to, read over all handoff signals of a prompt at once:
 * - a handoff word inside a tool or token that hands over to a bot is that handoff (`handoff_to_supervisor_ai`);
 * - a target the prompt calls a bot stays a bot wherever it is named again: by its name ("Atlas, our AI
 *   supervisor" → "passing you to Atlas") or by the word a bot word qualifies (→ `escalate_to_supervisor`);
 * - a handoff whose next sentence describes its target as a bot ("«ناظر هوشمند» … ناظر هوشمند یک مدل زبانی است");
 * - a request for a person inside a condition ("if they ask for a human, …") is answered by its main clause: when
 *   every other handoff of its sentence (or of the block its colon opens) reaches no person, the request is none.
 */

import { namesBot } from './botTarget';
import { launchesSoon } from './launchSoon';
import { type Context, commaBetween } from './context';
import { parenDepth } from './handoffSubset';
import { originalStart, toOriginal } from './normalize';
import { ownLanguageMask } from './ownMask';
import { firstNotBefore } from './search';
import { continuesSentence } from './wrappedLine';
import type { Signal } from './types';

/** Notes of the bot verdicts (escalation.ts) that this module reads back. */
export const BOT_PHRASE_NOTE = 'hands over to another bot or AI, not a person';
export const BOT_TOKEN_NOTE = 'handoff tool or token that names a bot or one of a roster of sub-agents, not a person';

interface Item {
  sig: Signal;
  /** Token range [a, b). */
  a: number;
  b: number;
  s: number;
}

/** Tokens read after a handoff for its target, and around a bot word for the words it qualifies. */
const TARGET_AFTER = 6;
const AROUND_BOT = 2;
/** How far before a request a condition cue is read, and after it for a postposed one ("baat karna chahe to"). */
const COND_BEFORE = 16;
const COND_AFTER = 4;
const ASK_BEFORE = 4;
/** Lines of the block a colon opens ("explain where our channels stand:" + a table). */
const BLOCK_LINES = 12;
/** Tokens of a main clause read for a path said to launch soon. */
const MAIN_CLAUSE = 24;

/** Phrases and typed keywords can be requests; contacts, places and slots cannot. */
const REQUEST_NOTE = /^(handoff instruction|handoff phrase|keyword)/;
/** Numbers that are no contact at all (a time range, a date) answer nothing. */
const NOT_A_CONTACT = /does not count: (time range|date|year range|not a possible number|amount|measurement)/;

const isBot = (s: Signal): boolean => s.kind === 'no-escalation' && !!s.note?.includes(BOT_PHRASE_NOTE);
const isBotToken = (s: Signal): boolean => s.kind === 'no-escalation' && s.note === BOT_TOKEN_NOTE;
const demote = (it: Item, why: string): void => {
  it.sig = { ...it.sig, kind: 'no-escalation', note: `${it.sig.note ?? 'handoff'}, ${why}` };
};

function items(ctx: Context, signals: readonly Signal[]): Item[] {
  const { doc } = ctx;
  // The binary search reads a token's original start only where it probes (a map of every token cost ~6 ms per
  // edit of a 2,500-line prompt); `originalStart` is that of `toOriginal(…).start` for a token (a < the text's length).
  const start = (i: number): number => originalStart(doc.norm, doc.tokens[i].start);
  const at = (off: number): number => Math.max(0, firstNotBefore(doc.tokens.length, (i) => start(i) <= off) - 1);
  return signals.map((sig) => {
    const a = at(sig.span.start);
    const b = Math.max(a + 1, at(Math.max(sig.span.start, sig.span.end - 1)) + 1);
    return { sig, a, b, s: doc.structure.sentence[a] ?? -1 };
  });
}

const LATIN = /^[a-z]+$/;
const word = (t: string): boolean => (LATIN.test(t) ? t.length >= 4 : t.length >= 2 && !/^\d+$/.test(t));

/** Words that name a bot target: capitalised names near a bot handoff and the words a bot word qualifies. */
function botReferents(ctx: Context, bots: readonly Item[], handoffPart: (p: string) => boolean): Set<string> {
  const { doc } = ctx;
  const bot = ownLanguageMask(ctx, 'botWord');
  const { sentence } = doc.structure;
  const out = new Set<string>();
  for (const it of bots) {
    if (isBotToken(it.sig)) {
      for (const p of it.sig.text.toLowerCase().split(/[^a-z0-9]+/))
        if (word(p) && !handoffPart(p) && !namesBot(p)) out.add(p);
      continue;
    }
    const end = Math.min(doc.tokens.length, it.b + TARGET_AFTER);
    for (let k = it.a; k < end && sentence[k] === it.s; k++) {
      const orig = toOriginal(doc.norm, doc.tokens[k].start, doc.tokens[k].end);
      const first = doc.text[orig.start];
      if (k > it.a && first !== first.toLowerCase() && doc.tokens[k].text.length >= 3 && !bot[k])
        out.add(doc.tokens[k].text);
      if (!bot[k]) continue;
      for (let j = Math.max(it.a, k - AROUND_BOT); j <= k + AROUND_BOT && j < end && sentence[j] === it.s; j++)
        if (!bot[j] && word(doc.tokens[j].text)) out.add(doc.tokens[j].text);
    }
  }
  return out;
}

function namesReferent(ctx: Context, it: Item, refs: ReadonlySet<string>): boolean {
  if (refs.size === 0) return false;
  if (it.sig.text.includes('_') && !/\s/.test(it.sig.text))
    return it.sig.text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((p) => refs.has(p));
  const { doc } = ctx;
  const end = Math.min(doc.tokens.length, it.b + TARGET_AFTER);
  for (let k = it.a + 1; k < end && doc.structure.sentence[k] === it.s; k++) {
    const orig = toOriginal(doc.norm, doc.tokens[k].start, doc.tokens[k].end);
    const first = doc.text[orig.start];
    if (first !== first.toLowerCase() && refs.has(doc.tokens[k].text)) return true;
  }
  return false;
}

/** The sentence after `it` describes the target named near it as a bot: it opens on one of those words. */
function describedAsBot(ctx: Context, it: Item): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  let k = it.b;
  while (k < doc.tokens.length && sentence[k] === it.s) k++;
  if (k >= doc.tokens.length) return false;
  const next = sentence[k];
  const bot = ownLanguageMask(ctx, 'botWord');
  let hasBot = false;
  for (let j = k; j < doc.tokens.length && sentence[j] === next; j++) {
    if (ctx.negEnd[j] || ctx.negAfterStart[j]) return false;
    if (bot[j]) hasBot = true;
  }
  if (!hasBot) return false;
  const near = new Set<string>();
  for (let j = Math.max(0, it.a - TARGET_AFTER); j < it.b + TARGET_AFTER && j < k; j++)
    if (sentence[j] === it.s && word(doc.tokens[j].text)) near.add(stemOf(doc.tokens[j].text));
  for (let j = k; j < k + 2 && sentence[j] === next; j++) if (near.has(stemOf(doc.tokens[j].text))) return true;
  return false;
}

const stemOf = (t: string): string => (t.length > 6 ? t.slice(0, 6) : t);

/** A request for a person: asked for (ask word or quotation) inside a condition, before or after it. */
function isRequest(ctx: Context, it: Item, ask: Uint8Array): boolean {
  const { doc } = ctx;
  const { sentence, quoted } = doc.structure;
  let cond = false;
  for (let k = it.a - 1; k >= 0 && k >= it.a - COND_BEFORE && sentence[k] === it.s; k--)
    if (ctx.conditional[k]) cond = true;
  for (let k = it.b; k < doc.tokens.length && k < it.b + COND_AFTER && sentence[k] === it.s; k++)
    if (ctx.conditional[k]) return true;
  if (!cond) return false;
  if (quoted[it.a] || it.sig.note?.startsWith('keyword')) return true;
  for (let k = it.a - 1; k >= 0 && k >= it.a - ASK_BEFORE && sentence[k] === it.s; k--) if (ask[k]) return true;
  // A verb-final request: "किसी इंसान से बात करना चाहे" (wants to talk to a person).
  for (let k = it.b; k < doc.tokens.length && k < it.b + ASK_BEFORE && sentence[k] === it.s; k++)
    if (ask[k]) return true;
  return false;
}

/**
 * The main clause after a request's condition (after its postposed cue, or after the comma that closes a condition
 * before it) is negated or declines (a refusal cue) and holds no contact: "চাইলে জানাও যে এই সেবা এখনো চালু হয়নি"
 * (tell them it is not live yet), "if they ask to speak to a person, politely decline".
 * A bot word alone does not refuse: it may be the subject ("μετέφερε το bot τη συνομιλία": the bot transferred it).
 */
function mainClauseRefuses(ctx: Context, it: Item): boolean {
  const { doc } = ctx;
  const { sentence } = doc.structure;
  let from = -1;
  for (let k = it.b; k < doc.tokens.length && k < it.b + COND_AFTER && sentence[k] === it.s; k++)
    if (ctx.conditional[k]) from = k + 1;
  // A parenthesis belongs to the condition it sits in: its commas open no main clause, its negations refuse nothing.
  const t = doc.norm.text;
  let depth = 0;
  for (let k = it.b; from < 0 && k < doc.tokens.length && sentence[k] === it.s; k++) {
    depth = parenDepth(t, doc.tokens[k - 1].end, doc.tokens[k].start, depth);
    if (depth === 0 && commaBetween(doc, k)) from = k;
  }
  if (from < 0) return false;
  // "…tell them that live agents start soon": the path the main clause names does not exist yet.
  if (launchesSoon(ctx, from - 1, MAIN_CLAUSE)) return true;
  let refused = false;
  const declines = refusalMask(ctx);
  depth = 0;
  for (let k = from; k < doc.tokens.length && sentence[k] === it.s; k++) {
    if (ctx.inContact[k]) return false;
    depth = parenDepth(t, doc.tokens[k - 1].end, doc.tokens[k].start, depth);
    if (depth === 0 && (ctx.negEnd[k] || ctx.negAfterStart[k] || declines[k])) refused = true;
  }
  return refused;
}

const refusalMasks = new WeakMap<Context, Uint8Array>();

/**
 * Refusal cues of the prompt's own languages that are not themselves turned around ("politely decline", "lehne
 * höflich ab", "rechaza con amabilidad"; not "never refuse"): a main clause that declines the request for a person
 * answers it with no path, as a negated one does.
 */
function refusalMask(ctx: Context): Uint8Array {
  let mask = refusalMasks.get(ctx);
  if (mask) return mask;
  mask = new Uint8Array(ctx.doc.tokens.length);
  for (const m of ctx.doc.matches.refusal)
    if (ctx.languages.includes(m.pattern.lang) && !ctx.negatedRefusals.has(m)) mask.fill(1, m.from, m.to);
  refusalMasks.set(ctx, mask);
  return mask;
}

/** Items of the sentence after the request's, when it goes on in the same paragraph (a main clause cut off by a parenthesis). */
function nextSentence(ctx: Context, it: Item, all: readonly Item[]): Item[] {
  const { tokLine } = ctx.doc.structure;
  return all.filter((x) => x.s === it.s + 1 && tokLine[x.a] - tokLine[it.a] <= 1);
}

/** Items of the block that a sentence ending in a colon opens. */
function blockAfter(ctx: Context, s: number, all: readonly Item[]): Item[] {
  const { doc } = ctx;
  const { sentence, tokLine, lines } = doc.structure;
  let last = -1;
  for (let k = 0; k < doc.tokens.length; k++) if (sentence[k] === s) last = k;
  if (last < 0) return [];
  const after = doc.norm.text.slice(doc.tokens[last].end, doc.tokens[last].end + 3);
  // A closing quote may stand before the colon: if they say "I want a person":
  if (!/^[\s*_"'”»」]*:/.test(after)) return [];
  const from = tokLine[last] + 1;
  let to = from;
  while (to < lines.length && to - from < BLOCK_LINES && lines[to].kind !== 'heading') to++;
  return all.filter((x) => tokLine[x.a] >= from && tokLine[x.a] < to);
}

/** Applies the readings above; returns the signals in their order. */
export function answeredHandoffs(
  ctx: Context,
  signals: Signal[],
  handoffPart: (p: string) => boolean,
  toBot: (s: Signal) => boolean = () => false,
): Signal[] {
  if (!signals.some((s) => s.kind === 'escalation')) return signals;
  const all = items(ctx, signals);
  const bots = all.filter((x) => isBot(x.sig) || isBotToken(x.sig));
  for (const it of all) {
    if (it.sig.kind !== 'escalation') continue;
    if (bots.some((o) => isBotToken(o.sig) && o.a <= it.a && it.b <= o.b))
      demote(it, 'inside a handoff tool or token that names a bot');
  }
  const refs = botReferents(ctx, bots, handoffPart);
  for (const it of all) {
    if (it.sig.kind !== 'escalation') continue;
    if (namesReferent(ctx, it, refs)) demote(it, 'to a target the prompt calls a bot');
    else if (it.sig.kind === 'escalation' && describedAsBot(ctx, it))
      demote(it, 'to a target that the next sentence describes as a bot');
  }
  botMeans(ctx, all, bots);
  const ask = ownLanguageMask(ctx, 'askWord');
  const requests = all.filter(
    (x) => x.sig.kind === 'escalation' && REQUEST_NOTE.test(x.sig.note ?? '') && isRequest(ctx, x, ask),
  );
  const asked = new Set(requests);
  for (const it of requests) {
    let answers = all.filter((x) => x.s === it.s && !asked.has(x) && x !== it && !NOT_A_CONTACT.test(x.sig.note ?? ''));
    if (answers.length === 0) answers = nextSentence(ctx, it, all);
    if (answers.length === 0) answers = blockAfter(ctx, it.s, all);
    if (answers.length === 0 && mainClauseRefuses(ctx, it)) demote(it, 'a request for a person answered by a refusal');
    if (answers.length === 0 || answers.some((x) => x.sig.kind === 'escalation' && !toBot(x.sig))) continue;
    const why = toBot(answers[0].sig) ? 'a tool the next sentence says hands the chat to a bot' : answers[0].sig.note;
    demote(it, `a request for a person answered by "${answers[0].sig.text}" (${why ?? 'no path'})`);
  }
  return all.map((x) => x.sig);
}

/** Why a tool defined as handing over to a bot is no path. */
const BOT_TOOL_WHY = 'a tool the configuration describes as handing over to a bot';
/** Handoff phrases (not tools, contacts or places) that a tool in their clause carries out. */
const PHRASE_NOTE = /^handoff (instruction|phrase)/;
/** Notes of the handoffs that can be the means of another one: a command, tool or token, or the bare verb. */
const MEANS_NOTE = /^(handoff tool or token|handoff instruction|keyword)/;
/** What ends a clause between a bot handoff and its means: a semicolon, a full stop, a blank line (a wrapped line does not). */
const CLAUSE_BREAK = /[;；。]|\n\s*\n/;

/**
 * How a bot handoff is carried out is that handoff: a command, tool or token in the clause of a handoff to a bot
 * ("pass the chat to the manager bot with the command /handover", "escalate to our AI supervisor by replying
 * <escalate:max>"), and a tool whose definition describes it as handing over to a bot (`name: escalate` +
 * `description: transfers to the senior AI assistant`) wherever the prompt calls it.
 */
function botMeans(ctx: Context, all: readonly Item[], bots: readonly Item[]): void {
  const phrases = bots.filter((o) => isBot(o.sig));
  const { doc } = ctx;
  const tools = new Set<string>();
  for (const o of phrases) {
    const name = toolNameBefore(doc.text, o.sig.span.start);
    if (name) tools.add(name);
  }
  // Each tool name is looked up once (a long prompt names the same tool many times).
  const looked = new Set<string>();
  for (const it of all) {
    if (it.sig.kind !== 'escalation' || it.sig.note !== 'handoff tool or token') continue;
    const id = it.sig.text.toLowerCase();
    if (looked.has(id)) continue;
    looked.add(id);
    if (definedAsBot(ctx, id)) tools.add(id);
  }
  if (!phrases.length && !tools.size) return;
  for (const it of all) {
    if (it.sig.kind !== 'escalation' || !MEANS_NOTE.test(it.sig.note ?? '')) continue;
    const id = it.sig.text.toLowerCase();
    if (tools.has(id) || (it.sig.text.includes('_') && tools.has(id.replace(/\W+$/, '')))) {
      demote(it, BOT_TOOL_WHY);
      continue;
    }
    const o = phrases.find((p) => sameClause(ctx, p, it));
    if (o) demote(it, `the means of a handoff to a bot in the same clause ("${o.sig.text}")`);
  }
  // And the other way round: "escalate it with `escalate_to_supervisor`", where that tool hands over to a bot by its
  // definition or its name (`handoff_to_ai`); a member of a roster of `*_agent` tools may still reach a person.
  const botTools = all.filter(
    (o) => (isBotToken(o.sig) && namesBot(o.sig.text.toLowerCase())) || o.sig.note?.endsWith(BOT_TOOL_WHY),
  );
  if (!botTools.length) return;
  for (const it of all) {
    if (it.sig.kind !== 'escalation' || !PHRASE_NOTE.test(it.sig.note ?? '')) continue;
    const o = botTools.find((t) => sameClause(ctx, t, it));
    if (o) demote(it, `carried out by a tool that hands over to a bot in the same clause ("${o.sig.text}")`);
  }
}

/** Longest stretch between a bot handoff and its means, in tokens. */
const MEANS_REACH = 40;

/** One sentence (a wrapped line goes on), with no semicolon, blank line, contrast word or condition between. */
function sameClause(ctx: Context, x: Item, y: Item): boolean {
  const [p, q] = x.a <= y.a ? [x, y] : [y, x];
  if (q.a < p.b) return true;
  if (q.a - p.b > MEANS_REACH) return false;
  const { doc } = ctx;
  for (let k = p.b; k <= q.a; k++) if (!continuesSentence(doc, k)) return false;
  const from = doc.tokens[Math.min(p.b, doc.tokens.length) - 1]?.end ?? 0;
  const to = doc.tokens[q.a]?.start ?? from;
  if (CLAUSE_BREAK.test(doc.norm.text.slice(from, to))) return false;
  for (let k = p.b; k < q.a; k++) if (ctx.contrast[k] || ctx.conditional[k]) return false;
  return true;
}

/** A tool definition's name key (`name: escalate`, `"name": "handoff"`) on the line of `at` or the three before it. */
const NAME_KEY = /(?:^|[\s{,-])["']?(?:name|tool|function|id)["']?\s*[:=]\s*["']?([A-Za-z][\w.-]{1,60})["']?\s*,?\s*$/;
const NAME_LINES = 3;

export function toolNameBefore(text: string, at: number): string | undefined {
  let end = at;
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let n = 0; n <= NAME_LINES; n++) {
    const line = text.slice(lineStart, end);
    // On the item's own line, the key sits before a description key ("{"name": "x", "description": "…").
    const own = n === 0 ? line.replace(/["']?(?:description|desc)["']?\s*[:=]\s*["']?[^"']*$/, '') : line;
    const m = NAME_KEY.exec(own.replace(/\s+$/, ''));
    if (m) return m[1].toLowerCase();
    if (lineStart === 0) return undefined;
    end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
  }
  return undefined;
}

/** Lines of a tool's definition read for its description, after its name. */
const DEFINITION_LINES = 3;

/**
 * The tool `id` is defined (`name: id` / `"name": "id"`) with a description that calls its target a bot, in a
 * clause that is not negated: `{"name": "handoff_chat", "description": "Moves the chat to the pricing bot (AI)"}`.
 */
function definedAsBot(ctx: Context, id: string): boolean {
  const { doc } = ctx;
  const t = doc.norm.text;
  const key = id.toLowerCase();
  const bot = ownLanguageMask(ctx, 'botWord');
  for (let i = t.indexOf(key); i >= 0; i = t.indexOf(key, i + key.length)) {
    if (!/name["']?\s*[:=]\s*["']?$/.test(t.slice(Math.max(0, i - 10), i))) continue;
    const a = firstNotBefore(doc.tokens.length, (k) => doc.tokens[k].end <= i);
    if (a >= doc.tokens.length) return false;
    const { tokLine } = doc.structure;
    const line = tokLine[a];
    for (let k = a + 1; k < doc.tokens.length && tokLine[k] - line <= DEFINITION_LINES; k++) {
      if (/name["']?\s*[:=]/.test(t.slice(doc.tokens[k - 1].end, doc.tokens[k].start + 6)) && k > a + 1) break;
      if (ctx.negEnd[k] || ctx.negAfterStart[k]) break;
      if (bot[k]) return true;
    }
  }
  return false;
}
