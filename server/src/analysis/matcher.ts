/**
 * Linear-time phrase matcher over tokens. Patterns (see lexicon.ts for the syntax) are expanded at
 * load time into plain step sequences, indexed by their first token. Matching is a bounded search:
 * for each token, only patterns whose first step fits are tried, and each later step looks at most
 * `gap + 1` tokens ahead of each of at most `gap + 1` reachable positions. No regexes, no backtracking
 * beyond those bounds, so time is O(tokens × candidates × steps × gap²) with small constants.
 */

import type { Category } from './lexicon';
import { normalizeEntry } from './normalize';
import { tokenize, type Token } from './tokenize';

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
  /** The lexicon entry as written. */
  source: string;
  steps: Step[];
}

export interface Match {
  pattern: CompiledPattern;
  /** Token range [a, b). */
  a: number;
  b: number;
}

export interface PatternSource {
  category: Category;
  lang: string;
  source: string;
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
  const prefix = alt.endsWith('*') && alt.length > 1;
  const body = (prefix ? alt.slice(0, -1) : alt).replace(/\+/g, ' ');
  const toks = tokenize(normalizeEntry(body));
  return toks.map((t, k) => ({ text: t.text, prefix: prefix && k === toks.length - 1 }));
}

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

function stepFits(step: Step, variants: readonly string[]): boolean {
  for (const v of variants) {
    for (const alt of step.alts) if (alt.prefix ? v.startsWith(alt.text) : v === alt.text) return true;
  }
  return false;
}

export class PhraseMatcher {
  private readonly exact = new Map<string, CompiledPattern[]>();
  private readonly byPrefix = new Map<string, CompiledPattern[]>();
  private readonly prefixLengths: number[];
  readonly patterns: CompiledPattern[] = [];

  constructor(sources: readonly PatternSource[], private readonly clitics: readonly string[] = []) {
    const lengths = new Set<number>();
    for (const src of sources) {
      for (const p of compilePattern(src)) {
        this.patterns.push(p);
        for (const first of p.steps[0].alts) {
          const map = first.prefix ? this.byPrefix : this.exact;
          if (first.prefix) lengths.add(first.text.length);
          const list = map.get(first.text);
          if (list) list.push(p);
          else map.set(first.text, [p]);
        }
      }
    }
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  /** The token and its clitic-stripped forms. */
  variants(tok: string): string[] {
    const out = [tok];
    for (const c of this.clitics) {
      if (tok.length - c.length >= 2 && tok.startsWith(c)) out.push(tok.slice(c.length));
    }
    return out;
  }

  /**
   * All matches in `tokens`. `sentence[i]` is the sentence id of token i; a match never spans two
   * sentences.
   */
  match(tokens: readonly Token[], sentence: Int32Array): Match[] {
    const n = tokens.length;
    const vars: string[][] = tokens.map((t) => this.variants(t.text));
    const out: Match[] = [];
    const cands: CompiledPattern[] = [];
    for (let i = 0; i < n; i++) {
      cands.length = 0;
      for (const v of vars[i]) {
        const ex = this.exact.get(v);
        if (ex) cands.push(...ex);
        for (const len of this.prefixLengths) {
          if (len > v.length) break;
          const pre = this.byPrefix.get(v.slice(0, len));
          if (pre) cands.push(...pre);
        }
      }
      for (const p of new Set(cands)) {
        const end = this.extend(p, i, vars, sentence);
        if (end > 0) out.push({ pattern: p, a: i, b: end });
      }
    }
    return out;
  }

  /** Returns the end token index (exclusive) of the shortest match of `p` starting at `i`, or -1. */
  private extend(p: CompiledPattern, i: number, vars: string[][], sentence: Int32Array): number {
    let reach = [i];
    const n = vars.length;
    const s = sentence[i];
    for (let k = 1; k < p.steps.length; k++) {
      const step = p.steps[k];
      const next: number[] = [];
      for (const r of reach) {
        for (let q = r + 1; q <= r + 1 + step.gap && q < n && sentence[q] === s; q++) {
          if (!next.includes(q) && stepFits(step, vars[q])) next.push(q);
        }
      }
      if (next.length === 0) return -1;
      reach = next;
    }
    return Math.min(...reach) + 1;
  }
}
