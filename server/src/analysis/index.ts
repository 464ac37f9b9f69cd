/** Prompt scope analysis: is this prompt a general-purpose assistant, and can users reach a person? */

import { createHash } from 'node:crypto';
import type { AnalyzeOptions, PromptAnalysis, Signal } from './types';
import { unsupportedLanguage, verdictDoubts } from './confidence';
import { buildContext } from './context';
import { buildDocBySections, type Doc, buildDoc, releaseDoc } from './doc';
import { escalationSignals, hasEscalation } from './escalation';
import { detectFromTokens } from './language';
import { normalizeText } from './normalize';
import { grantSignals } from './grants';
import { notABot } from './purpose';
import { forbidsAddressingCustomer } from './offstage';
import { learnedSignals } from './learned';
import { decide, scopeSignals } from './scope';
import { tokenize } from './tokenize';
import { inlineDefaultSignals, slotValues, unfilledTemplate, variableSignals } from './variables';

export type { AnalyzeOptions, PromptAnalysis, Signal, SignalKind } from './types';
export type { PromptIO } from '../model/types';
export type { NotABot } from './purpose';
export { fixTexts } from './fixTexts';

/**
 * Analyses kept by content hash: the prompts of a project and the last versions of an edited one, bounded by
 * the length of their texts (an analysis keeps five to ten bytes per character of its prompt) as well as by count.
 * The bound holds the several analyses one lint of a 1 MB file makes (a step's text read alone and within the
 * bot's prompt): below that, every lint of such a file analysed its text again.
 */
const MAX_RESULTS = 128;
const MAX_RESULT_CHARS = 4_000_000;
const results = new Map<string, { analysis: PromptAnalysis; chars: number }>();
let resultChars = 0;
/** The key of the last text analysed: one lint asks about the same text several times in a row. */
let lastKey: { text: string; options: string; key: string } | undefined;

/** What the analysis cache holds (the server's debug statistics: the soak checks it stays within its bounds). */
export function analysisCacheStats(): { results: number; chars: number; maxResults: number; maxChars: number } {
  return { results: results.size, chars: resultChars, maxResults: MAX_RESULTS, maxChars: MAX_RESULT_CHARS };
}

/**
 * Analyses a prompt. The result of a text and options analysed before comes from a cache by content
 * hash (read-only, shared), whoever asks (rules, reports); the lexical pass of unchanged sections
 * comes from the section cache (analysis/sections.ts).
 */
export function analyzePrompt(text: string, opts: AnalyzeOptions = {}): PromptAnalysis {
  const options = JSON.stringify([
    opts.variables ?? null,
    opts.declaredTopics ?? null,
    opts.path ?? null,
    opts.io ?? null,
    opts.botNames ?? null,
    opts.addressesModel ?? null,
  ]);
  // The same text asked about again (each rule of one lint asks) needs no new hash of the whole text.
  const key =
    lastKey && lastKey.text === text && lastKey.options === options
      ? lastKey.key
      : createHash('sha1').update(options).update('\u0000').update(text).digest('base64');
  lastKey = { text, options, key };
  const hit = results.get(key);
  if (hit) {
    results.delete(key);
    results.set(key, hit);
    return hit.analysis;
  }
  const analysis = detached(analyzeUncached(text, opts));
  results.set(key, { analysis, chars: text.length });
  resultChars += text.length;
  for (const [k, old] of results) {
    if (results.size <= 1 || (results.size <= MAX_RESULTS && resultChars <= MAX_RESULT_CHARS)) break;
    results.delete(k);
    resultChars -= old.chars;
  }
  return analysis;
}

/**
 * The analysis with its strings copied out of the prompt: a signal's text is a slice of the prompt, and V8 keeps
 * a slice as a view of its parent, so each cached analysis of an edited 150 KB prompt held that whole version
 * (26 versions, 7.6 MB, for the cache's 4M characters): live heap that every full GC marks again.
 */
function detached(a: PromptAnalysis): PromptAnalysis {
  const signals = a.signals.map((s) => ({ ...s, text: ownCopy(s.text) }));
  const notABot = a.notABot && { ...a.notABot, cues: a.notABot.cues.map(ownCopy) };
  return { ...a, signals, ...(notABot ? { notABot } : {}) };
}

/** A flat copy of a short string (concatenating flattens into a new string; `slice` would share the parent). */
const ownCopy = (t: string): string => (' ' + t).slice(1);

/** The analysis without the result cache (the section cache still applies): what an edited prompt costs. */
export function analyzeUncached(text: string, opts: AnalyzeOptions = {}): PromptAnalysis {
  return analyzeDoc(buildDocBySections(text), opts);
}

/** The same analysis with the lexical pass done on the whole text at once (the reference for tests). */
export function analyzeWholeText(text: string, opts: AnalyzeOptions = {}): PromptAnalysis {
  return analyzeDoc(buildDoc(text), opts);
}

function analyzeDoc(doc: Doc, opts: AnalyzeOptions): PromptAnalysis {
  const { text } = doc;
  const ctx = buildContext(doc);
  if (opts.botNames?.length) ctx.botNames = new Set(opts.botNames.map((n) => n.toLowerCase()));
  const opening = grantSignals(ctx);
  const scope = scopeSignals(ctx, opts.declaredTopics);
  const escalation = escalationSignals(ctx, opts.variables);
  const vars = variableSignals(text, opts.variables);
  const inline = inlineDefaultSignals(text);
  let { openDomain, reason } = decide(doc, opening, scope);
  if (!openDomain && (vars.grant || inline.grant))
    ({ openDomain, reason } = { openDomain: true, reason: 'explicit-grant' });
  else if (!openDomain && inline.persona && !scope.has)
    ({ openDomain, reason } = { openDomain: true, reason: 'generic-persona' });
  else if (!openDomain && unfilledTemplate(text, scope.signals, inline.persona || vars.persona, opts.variables))
    ({ openDomain, reason } = { openDomain: true, reason: 'generic-persona' });
  else if (reason === 'no-scope' && vars.persona) reason = 'generic-persona';
  // A prompt that hands users to the business's own staff (a transfer, a real contact, a counter) is
  // run by a business: with no grant, leak or generic persona, missing topic words prove nothing.
  // So is one that names a business topic and says how (or that) people cannot reach a person:
  // "delivery updates; replies are not monitored", "verification codes; call +7 495 123-XX-XX".
  // Not a template whose business fields are still empty (`business_name: ""`): nobody runs it yet.
  // The business must show in the prompt itself (a topic, a proper name, a persona bound to it, the one task it
  // does, a filled-in template): a support address
  // beside a persona and style rules only says who runs the app, not what the bot is limited to.
  else if (
    reason === 'no-scope' &&
    (hasEscalation(escalation) || (escalation.length > 0 && scope.topics + scope.limits > 0))
  ) {
    const slots = slotValues(text, opts.variables);
    const business =
      scope.topics > 0 ||
      scope.named ||
      opening.boundPersonas > 0 ||
      opening.singleDomains > 0 ||
      slots.filled.length > 0;
    if (business && slots.empty.length === 0) ({ openDomain, reason } = { openDomain: false, reason: 'scoped' });
  }
  // Unsupported language: absence of scope wording proves nothing, so only explicit openings count.
  const low = unsupportedLanguage(doc);
  const nonBot = notABot(
    doc,
    openingKind(opening),
    opts.path,
    opts.io,
    opts.addressesModel,
    forbidsAddressingCustomer(ctx),
  );
  // The learned clause classifier is one more signal where no lexicon applies, or where the lexicon is silent.
  const learned = nonBot ? [] : learnedSignals(ctx, low, opening);
  if (low && (reason === 'no-scope' || reason === 'generic-persona'))
    ({ openDomain, reason } = { openDomain: false, reason: 'scoped' });
  if (!openDomain && learned.some((s) => s.kind === 'grant'))
    ({ openDomain, reason } = { openDomain: true, reason: 'explicit-grant' });
  const signals: Signal[] = [
    ...opening.signals,
    ...scope.signals,
    ...escalation,
    ...vars.signals,
    ...inline.signals,
    ...learned,
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const analysis: PromptAnalysis = {
    languages: ctx.languages,
    openDomain,
    reason,
    signals,
    hasEscalation: hasEscalation(escalation) || learned.some((s) => s.kind === 'escalation'),
    ...(low ? { confidence: 'low' as const } : {}),
    ...(nonBot ? { notABot: nonBot } : {}),
  };
  const doubts = verdictDoubts(analysis, doc);
  // The analysis keeps no part of the document (its signals hold spans and strings): its arrays serve the next join.
  releaseDoc(doc);
  return doubts.length ? { ...analysis, doubts } : analysis;
}

/** `'task'` when the only openings are one or two task offers (the one task a pipeline step performs). */
function openingKind(opening: ReturnType<typeof grantSignals>): boolean | 'task' {
  if (opening.leaks.length > 0) return true;
  if (opening.grants.length === 0) return false;
  return opening.grants.length <= 2 && opening.grants.every((m) => m.pattern.category === 'task') ? 'task' : true;
}

export function detectLanguage(text: string): string[] {
  return detectFromTokens(tokenize(normalizeText(text).text));
}
