/** Business-scope evidence and the open-domain decision. */

import type { PromptAnalysis, Signal } from './types';
import type { Context } from './context';
import { negatedBefore } from './negation';
import { type Doc, longestNonOverlapping } from './doc';
import type { Match } from './matcher';
import type { Opening } from './grants';
import { signalOf } from './grants';
import { brokenByClause } from './clauseBreak';

const SCOPE_NEG_WINDOW = 3;

export interface Scope {
  signals: Signal[];
  limits: number;
  /** Of the limits, those that decline off-topic requests. */
  refusals: number;
  topics: number;
  /** Strong evidence: enough to outweigh a generic persona. */
  has: boolean;
  /**
   * Some evidence: a limiting statement or two business topics. Without a grant, leak or generic
   * persona, that is a business bot; "no scope" is reserved for prompts with no business at all.
   */
  some: boolean;
  /** The prompt's language was recognised, so a missing business word is evidence (not a gap of the lexicons). */
  known: boolean;
  /** A proper name of two or more capitalised words inside a sentence ("the Brightside Energy documents"). */
  named: boolean;
}

/** Two or more capitalised words in a row, not at the start of a sentence or line. */
const PROPER_NAME =
  /(?<=[\p{Ll}\p{N},;(«"“'‘]\s{1,3}|[«"“'‘(])\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s\p{Lu}[\p{L}\p{M}'’&.-]*)+/u;

/** A quoted name of capitalised words, short lower-case connectors allowed: „Dunărea de Sus", «Banco do Povo». */
const QUOTED_NAME = /[«"“„]\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s(?:\p{Ll}{1,3}\s)?\p{Lu}[\p{L}\p{M}'’&.-]*)+[»"”“]/u;

export function scopeSignals(ctx: Context, declaredTopics: readonly string[] = []): Scope {
  const { doc } = ctx;
  const signals: Signal[] = [];
  let limits = 0;
  let refusals = 0;
  for (const m of longestNonOverlapping(doc.matches.scope)) {
    if (negatedBefore(ctx, m.from, SCOPE_NEG_WINDOW) || brokenByClause(doc, m)) continue;
    limits++;
    signals.push(signalOf(doc, m, 'scope', 'limits what the bot does'));
  }
  for (const m of longestNonOverlapping(doc.matches.refusal)) {
    if (ctx.role[doc.structure.tokLine[m.from]] === 'user') continue;
    limits++;
    refusals++;
    signals.push(signalOf(doc, m, 'refusal', 'declines off-topic requests'));
  }
  const seen = new Set<string>(declaredTopics.map((t) => t.toLowerCase()));
  for (const m of doc.matches.business) {
    // "You are not a company": a negated business word names no business.
    if (negatedBefore(ctx, m.from, SCOPE_NEG_WINDOW)) continue;
    const key = topicKey(doc, m);
    if (seen.has(key)) continue;
    seen.add(key);
    signals.push(signalOf(doc, m, 'scope', 'business topic'));
  }
  const topics = seen.size;
  const has = (limits >= 1 && topics >= 2) || topics >= 5 || (limits >= 2 && topics >= 1);
  const some = limits >= 1 || topics >= 2;
  return {
    signals,
    limits,
    refusals,
    topics,
    has,
    some,
    known: ctx.languages.length > 0,
    named: PROPER_NAME.test(doc.text) || QUOTED_NAME.test(doc.text),
  };
}

function topicKey(doc: Doc, m: Match): string {
  let key = doc.tokens[m.from].text.slice(0, 5);
  for (let k = m.from + 1; k < m.to; k++) key += ' ' + doc.tokens[k].text.slice(0, 5);
  return key;
}

/** Single-line or two-line openings in an otherwise scoped prompt are leaks. */
function isLeakLike(doc: Doc, grants: readonly Match[]): boolean {
  return new Set(grants.map((m) => doc.structure.tokLine[m.from])).size <= 2;
}

export function decide(doc: Doc, opening: Opening, scope: Scope): Pick<PromptAnalysis, 'openDomain' | 'reason'> {
  if (opening.grants.length > 0) {
    if (scope.has && opening.leaks.length > 0 && isLeakLike(doc, opening.grants))
      return { openDomain: true, reason: 'leak' };
    return {
      openDomain: true,
      reason: scope.has && isLeakLike(doc, opening.grants) && scope.limits >= 2 ? 'leak' : 'explicit-grant',
    };
  }
  if (opening.leaks.length > 0) return { openDomain: true, reason: 'leak' };
  // "Answer any question about your policy" limits the bot as much as "only help with policies".
  const limits = scope.limits + opening.qualified;
  const has = scope.has || (limits >= 1 && scope.topics >= 2) || (limits >= 2 && scope.topics >= 1);
  if (opening.personas.length > 0 && !has) return { openDomain: true, reason: 'generic-persona' };
  if (!scope.some && limits === 0) return { openDomain: true, reason: 'no-scope' };
  // "Only", "your task is" without any business named and without declining anything limits nothing:
  // a prompt of style rules or general tools serves no business. A limit next to a proper name
  // ("answer only from the Acme Energy documents") still scopes it.
  const namedLimit = scope.named && scope.limits > 0;
  if (scope.known && scope.topics === 0 && scope.refusals === 0 && opening.qualified === 0 && !namedLimit)
    return { openDomain: true, reason: 'no-scope' };
  return { openDomain: false, reason: 'scoped' };
}
