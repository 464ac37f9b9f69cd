import type { PromptAnalysis, Signal } from '../analysis/types';
import type { PromptUnit, SourceRef } from '../model/types';
import { lineIndexOf } from '../model/text';

/** Source range of a span of the prompt text. */
export function refIn(unit: PromptUnit, start: number, end: number): SourceRef {
  const s = unit.text.toSource(start);
  const e = Math.max(s + 1, unit.text.toSource(Math.max(start, end - 1)) + 1);
  return { uri: unit.text.uri, span: { start: s, end: e } };
}

/** The first non-blank line of the prompt (where "the prompt as a whole" findings sit). */
export function firstLineRef(unit: PromptUnit): SourceRef {
  const t = unit.text.text;
  const s = Math.max(0, t.search(/\S/));
  let e = t.indexOf('\n', s);
  if (e < 0) e = t.length;
  while (e > s && /\s/.test(t[e - 1])) e--;
  return refIn(unit, s, Math.max(e, s + 1));
}

/**
 * The hover lines of an analysis, per source and kinds: every finding of a prompt shares them (one pass, not one
 * per finding). Kept for the last few analyses only: an entry holds its prompt's whole source, and keyed weakly
 * by the analysis it lived as long as the analysis cache kept that analysis (26 versions of an edited 150 KB prompt).
 */
const described = new Map<PromptAnalysis, { unit: PromptUnit; source: string; byKinds: Map<string, string[]> }>();
const DESCRIBED = 16;

export function describeSignals(
  a: PromptAnalysis,
  unit: PromptUnit,
  source: string,
  kinds: Signal['kind'][],
): string[] {
  let memo = described.get(a);
  if (!memo || memo.unit !== unit || memo.source !== source) {
    described.delete(a);
    described.set(a, (memo = { unit, source, byKinds: new Map() }));
    if (described.size > DESCRIBED) described.delete(described.keys().next().value!);
  }
  const key = kinds.join();
  const lines = memo.byKinds.get(key) ?? memo.byKinds.set(key, signalLines(a, unit, source, kinds)).get(key)!;
  return [...lines];
}

function signalLines(a: PromptAnalysis, unit: PromptUnit, source: string, kinds: Signal['kind'][]): string[] {
  const index = lineIndexOf(source);
  const out: string[] = [
    `language: ${a.languages.join(', ') || 'unknown'}${a.confidence === 'low' ? ' (no lexicon for it: judged on explicit signals only)' : ''}`,
    `confidence: ${a.doubts?.length ? 'low' : 'high'}`,
  ];
  for (const kind of kinds) {
    const found = a.signals.filter((s) => s.kind === kind);
    if (!found.length) {
      out.push(`${label(kind)}: none`);
      continue;
    }
    for (const s of found.slice(0, 5)) {
      const line = index.position(unit.text.toSource(s.span.start)).line + 1;
      out.push(`${label(kind)}: line ${line} '${clip(s.text)}'${s.note ? ` (${s.note})` : ''}`);
    }
    if (found.length > 5) out.push(`${label(kind)}: ${found.length - 5} more`);
  }
  return out;
}

function label(kind: Signal['kind']): string {
  return {
    grant: 'grant',
    leak: 'leak',
    'generic-persona': 'generic persona',
    scope: 'scope statement',
    refusal: 'off-topic refusal',
    neutralised: 'not a grant',
    escalation: 'human escalation',
    'no-escalation': 'no human path',
    business: 'business',
  }[kind];
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
