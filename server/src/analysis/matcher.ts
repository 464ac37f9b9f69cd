/**
 * Linear-time phrase matcher over tokens. Patterns (see docs/lexicons.md for the syntax) are expanded at
 * load time into plain step sequences, indexed by their first token. Matching is a bounded search:
 * for each token, only patterns whose first step fits are tried, and each later step looks at most
 * `gap + 1` tokens ahead of each of at most `gap + 1` reachable positions. No regexes, no backtracking
 * beyond those bounds, so time is O(tokens × candidates × steps × gap²) with small constants.
 */

import { hintsOf } from './language';
import { type CompiledPattern, compilePattern, type PatternSource, type Step } from './patterns';
import type { Token } from './tokenize';

import type { Match } from './patterns';

export type { Alt, CompiledPattern, Match, PatternSource, Step } from './patterns';

/** A step compiled for fast tests: exact alternatives in a set, prefixes in a short list. */
interface FastStep {
  exact: Set<string>;
  prefixes: string[];
  gap: number;
}

function fastStep(step: Step): FastStep {
  return {
    exact: new Set(step.alts.filter((a) => !a.prefix).map((a) => a.text)),
    prefixes: step.alts.filter((a) => a.prefix).map((a) => a.text),
    gap: step.gap,
  };
}

function fits(step: FastStep, variants: readonly string[]): boolean {
  for (const v of variants) {
    if (step.exact.has(v)) return true;
    for (const p of step.prefixes) if (v.startsWith(p)) return true;
  }
  return false;
}

const CACHE_LIMIT = 200_000;
const NO_NEXT = -1;

interface TokenInfo {
  variants: string[];
  /** Slots of the patterns whose first step the token fits. */
  cands: number[];
  /** Next token id → the candidates whose second step (when adjacent) also fits. */
  pairs: Map<number, number[]>;
  /** Function-word languages of the token (hintsOf). */
  hints: readonly string[] | undefined;
}

export class PhraseMatcher {
  /** First-step text → slots of the patterns (indexes into `patterns` and `fast`). */
  private readonly exact = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  private readonly prefixLengths: number[];
  /** Fast steps of each pattern, by slot (no per-call map lookups in the hot loop). */
  private readonly fast: FastStep[][] = [];
  private readonly slot = new Map<CompiledPattern, number>();
  /**
   * Token text → id, with its variants and the patterns whose first step it fits; and (token, next
   * token) → the candidates whose second step (when adjacent) also fits. Lexicons are fixed, so
   * these caches are global; they are dropped when they grow too large.
   */
  private readonly ids = new Map<string, number>();
  private readonly infos: TokenInfo[] = [];
  readonly patterns: CompiledPattern[] = [];

  constructor(
    sources: readonly PatternSource[],
    private readonly clitics: readonly string[] = [],
  ) {
    const lengths = new Set<number>();
    for (const src of sources) {
      for (const p of compilePattern(src)) {
        const slot = this.fast.length;
        this.slot.set(p, slot);
        this.patterns.push(p);
        this.fast.push(p.steps.map(fastStep));
        for (const first of p.steps[0].alts) {
          const map = first.prefix ? this.byPrefix : this.exact;
          if (first.prefix) lengths.add(first.text.length);
          const list = map.get(first.text);
          if (list) list.push(slot);
          else map.set(first.text, [slot]);
        }
      }
    }
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  /** True when the token fits some step of `p` literally (so it is not a skipped gap token). */
  fitsAnyStep(p: CompiledPattern, tok: string): boolean {
    const variants = this.variants(tok);
    return this.fast[this.slot.get(p)!].some((s) => fits(s, variants));
  }

  /** Like fitsAnyStep, but only literal steps count (a stem `yap*` does not cover its negative `yapma`). */
  fitsLiteralStep(p: CompiledPattern, tok: string): boolean {
    const variants = this.variants(tok);
    return this.fast[this.slot.get(p)!].some((s) => variants.some((v) => s.exact.has(v)));
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
    return this.matchIds(this.tokenIds(tokens), sentence);
  }

  /**
   * Ids of the tokens: one string lookup per token, after which per-token facts (candidates,
   * variants, hint languages) are array reads. Valid until the next call of tokenIds.
   */
  tokenIds(tokens: readonly Token[]): Int32Array {
    const n = tokens.length;
    if (this.ids.size + n >= CACHE_LIMIT) this.clearCaches();
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = this.idOf(tokens[i].text);
    return ids;
  }

  /** Hint languages (language.ts) of the token with this id. */
  hints(id: number): readonly string[] | undefined {
    return this.infos[id].hints;
  }

  /** All matches, for token ids from tokenIds (see match). */
  matchIds(ids: Int32Array, sentence: Int32Array): Match[] {
    const n = ids.length;
    const out: Match[] = [];
    const { patterns, infos } = this;
    for (let i = 0; i < n; i++) {
      const info = infos[ids[i]];
      if (info.cands.length === 0) continue;
      const next = i + 1 < n && sentence[i + 1] === sentence[i] ? ids[i + 1] : NO_NEXT;
      const list = info.pairs.get(next) ?? this.pairCands(info, next);
      for (let c = 0; c < list.length; c++) {
        const slot = list[c];
        const end = this.extend(this.fast[slot], i, ids, sentence);
        if (end > 0) out.push({ pattern: patterns[slot], a: i, b: end });
      }
    }
    return out;
  }

  private clearCaches(): void {
    this.ids.clear();
    this.infos.length = 0;
  }

  private idOf(tok: string): number {
    let id = this.ids.get(tok);
    if (id !== undefined) return id;
    const variants = this.variants(tok);
    const cands = new Set<number>();
    for (const v of variants) {
      for (const p of this.exact.get(v) ?? []) cands.add(p);
      for (const len of this.prefixLengths) {
        if (len > v.length) break;
        for (const p of this.byPrefix.get(v.slice(0, len)) ?? []) cands.add(p);
      }
    }
    id = this.infos.length;
    this.infos.push({ variants, cands: [...cands], pairs: new Map(), hints: hintsOf(tok) });
    this.ids.set(tok, id);
    return id;
  }

  /** Candidates starting at a token, pre-filtered on an adjacent second step. */
  private pairCands(info: TokenInfo, next: number): number[] {
    const nextVars = next === NO_NEXT ? undefined : this.infos[next].variants;
    const list = info.cands.filter((slot) => {
      const steps = this.fast[slot];
      if (steps.length === 1) return true;
      if (steps[1].gap > 0) return nextVars !== undefined || steps.length === 1;
      return nextVars !== undefined && fits(steps[1], nextVars);
    });
    info.pairs.set(next, list);
    return list;
  }

  /** Returns the end token index (exclusive) of the shortest match of `p` starting at `i`, or -1. */
  private extend(steps: readonly FastStep[], i: number, ids: Int32Array, sentence: Int32Array): number {
    if (steps.length === 1) return i + 1;
    const n0 = ids.length;
    const { infos } = this;
    // Fast path while steps are adjacent: no reach set needed.
    let k0 = 1;
    let at = i;
    while (k0 < steps.length && steps[k0].gap === 0) {
      const q = at + 1;
      if (q >= n0 || sentence[q] !== sentence[i] || !fits(steps[k0], infos[ids[q]].variants)) return -1;
      at = q;
      k0++;
    }
    if (k0 === steps.length) return at + 1;
    let reach = [at];
    const n = ids.length;
    const s = sentence[i];
    for (let k = k0; k < steps.length; k++) {
      const step = steps[k];
      const next: number[] = [];
      for (const r of reach) {
        for (let q = r + 1; q <= r + 1 + step.gap && q < n && sentence[q] === s; q++) {
          if (!next.includes(q) && fits(step, infos[ids[q]].variants)) next.push(q);
        }
      }
      if (next.length === 0) return -1;
      reach = next;
    }
    return Math.min(...reach) + 1;
  }
}
