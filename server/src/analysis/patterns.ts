/**
 * Lexicon patterns (syntax: docs/lexicons.md) compiled into plain step sequences: optional pieces and
 * multi-token alternatives are expanded at load time.
 */

import type { Category } from './lexicon';
import { normalizeEntry } from './normalize';
import { tokenize } from './tokenize';

export interface Alt {
  text: string;
  prefix: boolean;
}

export interface Step {
  alts: Alt[];
  /** Tokens that may be skipped before this step. */
  gap: number;
}

export interface CompiledPattern {
  category: Category;
  lang: string;
  domain?: string;
  /** The lexicon entry as written. */
  source: string;
  steps: Step[];
}

export interface Match {
  pattern: CompiledPattern;
  /** Token range [from, to): the first token and the one after the last. */
  from: number;
  to: number;
}

export interface PatternSource {
  category: Category;
  lang: string;
  source: string;
  /** Task domain of a bare-noun task entry (see LexiconEntry.domain). */
  domain?: string;
}

const GAPS: Record<string, number> = { '..': 3, '...': 8 };
const MAX_EXPANSIONS = 512;

interface Piece {
  alts: string[];
  optional: boolean;
  gap: number;
}

function parsePieces(source: string): Piece[] {
  const pieces: Piece[] = [];
  let gap = 0;
  for (const raw of source.trim().split(/\s+/)) {
    if (raw in GAPS) {
      gap += GAPS[raw];
      continue;
    }
    const optional = raw.length > 1 && raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    pieces.push({ alts: body.split('|').filter((a) => a.length > 0), optional, gap });
    gap = 0;
  }
  return pieces;
}

/** Token sequence of one alternative: `respond+to` or a Chinese word gives several tokens. */
function altTokens(alt: string): Alt[] {
  let toks = altTexts.get(alt);
  if (!toks) {
    const body = (alt.endsWith('*') && alt.length > 1 ? alt.slice(0, -1) : alt).replace(/\+/g, ' ');
    toks = tokenize(normalizeEntry(body)).map((t) => t.text);
    altTexts.set(alt, toks);
  }
  const prefix = alt.endsWith('*') && alt.length > 1;
  return toks.map((text, k) => ({ text, prefix: prefix && k === toks.length - 1 }));
}

/**
 * Token texts of each alternative compiled so far: the same words recur across entries, languages and the
 * expansions of optional pieces (normalising and tokenizing them again was a sixth of the matcher's build).
 * Lexicon alternatives only, so bounded by the lexicons.
 */
const altTexts = new Map<string, string[]>();

/**
 * Expands optional pieces and multi-token alternatives into plain step sequences; single-token
 * alternatives stay grouped in one step.
 */
export function compilePattern(src: PatternSource): CompiledPattern[] {
  let seqs: Step[][] = [[]];
  let carried: number[] = [0]; // gap carried over an omitted optional piece, per sequence
  for (const piece of parsePieces(src.source)) {
    const single: Alt[] = [];
    const multi: Alt[][] = [];
    for (const alt of piece.alts) {
      const toks = altTokens(alt);
      if (toks.length === 1) single.push(toks[0]);
      else if (toks.length > 1) multi.push(toks);
    }
    const variants: Alt[][][] = multi.map((toks) => toks.map((t) => [t]));
    if (single.length > 0) variants.push([single]);
    const nextSeqs: Step[][] = [];
    const nextCarried: number[] = [];
    seqs.forEach((seq, i) => {
      const gap = seq.length === 0 ? 0 : piece.gap + carried[i];
      for (const v of variants) {
        nextSeqs.push([...seq, ...v.map((alts, k) => ({ alts, gap: k === 0 ? gap : 0 }))]);
        nextCarried.push(0);
      }
      if (piece.optional) {
        nextSeqs.push(seq);
        nextCarried.push(seq.length === 0 ? 0 : gap);
      }
    });
    if (nextSeqs.length > MAX_EXPANSIONS) throw new Error(`pattern expands too much: ${src.source}`);
    seqs = nextSeqs;
    carried = nextCarried;
  }
  return seqs.filter((s) => s.length > 0).map((steps) => ({ ...src, steps }));
}
