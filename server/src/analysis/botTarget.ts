/**
 * Handoffs that reach no person: to another bot or AI ("escalate it to SupervisorAI", `escalate_to_supervisor_ai`,
 * "transfiérelo al bot de posventa"), and rosters of sub-agents that a router or supervisor calls by topic
 * (`orders_agent`, `refunds_agent`): the same handoff word over several topic names is a team of bots, not a
 * way to a person. The bot words are language data (`botWord`).
 */

import type { Context } from './context';
import { lexicons } from './lexicon';
import { normalizeEntry, toOriginal } from './normalize';
import { ownLanguageMask } from './ownMask';
import { continuesSentence } from './wrappedLine';

const LATIN_WORD = /^[a-z0-9]+$/;

/** Single-word bot words of every lexicon, for identifier parts (`supervisor_ai`, `handoff_to_bot`). */
const BOT_PARTS = new Set(
  lexicons.flatMap((l) =>
    (l.entries.botWord ?? [])
      .flatMap(({ pattern }) => pattern.split('|'))
      .map((p) => normalizeEntry(p.replace(/\*$/, '')))
      .filter((p) => LATIN_WORD.test(p)),
  ),
);

/** A name written as a bot's: "SupervisorAI", "PostventaBot", "AIDesk", "HelpGPT". */
const BOT_NAME = /(?:[a-z](?:AI|Bot|BOT|GPT|LLM)$)|(?:^(?:AI|GPT|LLM)[A-Z][a-z])/;

/** An identifier one of whose parts is a bot word. */
export function namesBot(identifier: string): boolean {
  return identifier.split(/[^a-z0-9]+/).some((p) => BOT_PARTS.has(p) || botCompound(p));
}

/** Bot words of three letters or more that end a compound written as one part: `bossbot`, `supportgpt`, `helpdeskllm`. */
const BOT_SUFFIXES = [...BOT_PARTS].filter((p) => p.length >= 3);

/** A part that is a name glued to a bot word (`bossbot`), longer than the bot word by at least three letters. */
function botCompound(part: string): boolean {
  return BOT_SUFFIXES.some((w) => part.length >= w.length + 3 && part.endsWith(w));
}

/** Tokens read after a handoff phrase for its target. */
const TARGET_AFTER = 5;

/**
 * The handoff phrase on tokens [a, b) hands over to a bot: a bot word (own languages) or a bot's name after its
 * verb, inside the phrase or within a few words after it, in its clause.
 */
export function botTarget(ctx: Context, a: number, b: number): boolean {
  const { doc } = ctx;
  const bot = ownLanguageMask(ctx, 'botWord');
  const { text, norm, tokens } = doc;
  let apposition = false;
  for (let k = a + 1; k < b + TARGET_AFTER && k < tokens.length && (k < b || continuesSentence(doc, k)); k++) {
    const gap = norm.text.slice(tokens[k - 1].end, tokens[k].start);
    // A name and its apposition are one target: "to Nova, our AI concierge".
    if (k >= b && !apposition && /^\W*,\s*$/.test(gap) && namedBefore(ctx, b, k)) apposition = true;
    else if (k >= b && /[,;:.!?]/.test(gap)) return false;
    if (bot[k]) return true;
    // A name the file gives to one of its bots (another agent of the same config).
    if (ctx.botNames?.has(tokens[k].text.toLowerCase())) return true;
    // An identifier that names a bot: `target="manager_bot"`, "transfer to `billing_bot`".
    if (tokens[k].text.includes('_') && namesBot(tokens[k].text)) return true;
    const span = toOriginal(norm, tokens[k].start, tokens[k].end);
    if (BOT_NAME.test(text.slice(span.start, span.end))) return true;
  }
  return false;
}

/** Tokens [b, k) are one or two words that start with a capital: a name ("Nova", "Atlas Pro"). */
function namedBefore(ctx: Context, b: number, k: number): boolean {
  const { text, norm, tokens } = ctx.doc;
  if (k - b < 1 || k - b > 2) return false;
  const span = toOriginal(norm, tokens[b].start, tokens[b].end);
  const first = text.slice(span.start, span.end).replace(/^\W+/, '')[0] ?? '';
  return first !== first.toLowerCase();
}

/**
 * Handoff identifiers that form a roster of sub-agents: two or more identifiers that end in the same handoff word
 * after a topic word that is no handoff word itself (`orders_agent`, `refunds_agent`; not `handoff_to_agent`).
 */
export function rosterIdentifiers(ids: readonly string[], isHandoffPart: (part: string) => boolean): Set<string> {
  const byWord = new Map<string, Set<string>>();
  for (const id of ids) {
    const parts = id.split(/[^a-z0-9]+/).filter((p) => p.length > 0);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    if (!isHandoffPart(last) || parts.slice(0, -1).some(isHandoffPart)) continue;
    const set = byWord.get(last) ?? new Set<string>();
    set.add(id);
    byWord.set(last, set);
  }
  const out = new Set<string>();
  for (const set of byWord.values()) if (set.size >= 2) for (const id of set) out.add(id);
  return out;
}
