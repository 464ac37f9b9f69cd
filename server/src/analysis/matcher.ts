/**
 * Linear-time phrase matcher over tokens. Patterns (see docs/lexicons.md for the syntax) are expanded at
 * load time into plain step sequences, indexed by their first token. Matching is a bounded search:
 * for each token, only patterns whose first step fits are tried, and each later step looks at most
 * `gap + 1` tokens ahead of each of at most `gap + 1` reachable positions. No regexes, no backtracking
 * beyond those bounds, so time is O(tokens × candidates × steps × gap²) with small constants.
 */

import { hintsOf } from './language';
import { type CompiledPattern, compilePattern, type PatternSource, type Step } from './patterns';
import { STEM_LANGS, stemKey, stemOf, tokenStem } from './stem';
import { type FastStep, fastStep, fitsText } from './steps';
import type { Token } from './tokenize';

import type { Match } from './patterns';

export type { Alt, CompiledPattern, Match, PatternSource, Step } from './patterns';

/**
 * Entries (token ids plus token-pair lists) the token caches keep before they are dropped: they are the
 * largest thing a long-lived process keeps (~300 bytes an entry), and a prompt of 2,500 lines needs ~15,000.
 */
const CACHE_LIMIT = 60_000;
const NO_NEXT = -1;
/** Number of distinct stem masks: pair-cache keys are (next token + 1) × MASKS + mask. */
const MASKS = 1 << STEM_LANGS.length;

interface TokenInfo {
  variants: string[];
  /** Slots of the patterns whose first step the token fits. */
  cands: number[];
  /** (Next token id, stem mask) → the candidates whose second step (when adjacent) also fits. */
  pairs: Map<number, number[]>;
  /** Function-word languages of the token (hintsOf). */
  hints: readonly string[] | undefined;
  /** Stem key of the token per STEM_LANGS index, computed on first use (null: none). */
  stemKeys: (string | null | undefined)[];
  /** Stem mask → cands plus the patterns whose first step the token fits by stem. */
  candsByMask: Map<number, number[]>;
}

export class PhraseMatcher {
  /** First-step text → slots of the patterns (indexes into `patterns` and `fast`). */
  private readonly exact = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /** Stem key of a first-step alternative → slots. */
  private readonly byStem = new Map<string, number[]>();
  /** Languages (bits of STEM_LANGS) whose stems count in the current matchIds call. */
  private mask = 0;
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
  private pairEntries = 0;
  readonly patterns: CompiledPattern[] = [];

  constructor(
    sources: readonly PatternSource[],
    private readonly clitics: readonly string[] = [],
  ) {
    const lengths = new Set<number>();
    // The expansions of optional parts, and entries of many languages, repeat the same steps: each distinct
    // step and FastStep (two sets) is kept once (a third of the matcher's memory).
    const shared = new Map<string, unknown>();
    const intern = <T>(key: string, value: T): T => {
      const known = shared.get(key) as T | undefined;
      if (known) return known;
      shared.set(key, value);
      return value;
    };
    const stepKey = (st: Step) =>
      `${st.gap}\u0001${st.alts.map((a) => (a.prefix ? `${a.text}*` : a.text)).join('\u0002')}`;
    const fastKey = (f: FastStep) =>
      `F${f.gap}\u0001${[...f.exact].join('\u0002')}\u0001${f.prefixes.join('\u0002')}\u0001${[...(f.stems ?? [])].join('\u0002')}`;
    for (const src of sources) {
      for (const p of compilePattern(src)) {
        const slot = this.fast.length;
        this.slot.set(p, slot);
        this.patterns.push(p);
        p.steps = p.steps.map((st) => intern(stepKey(st), st));
        const steps = p.steps.map((st) => {
          const f = fastStep(st, p);
          return intern(fastKey(f), f);
        });
        this.fast.push(steps);
        for (const key of steps[0].stems ?? []) {
          const list = this.byStem.get(key);
          if (list) list.push(slot);
          else this.byStem.set(key, [slot]);
        }
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
    // A phrase composed from word classes (doc.ts: "not related to") spells no step: its negation stays a cue.
    if (!this.slot.has(p)) return false;
    const variants = this.variants(tok);
    const stem = stemOf(p.lang, tok);
    const key = stem === undefined ? undefined : stemKey(p.lang, stem);
    return this.fast[this.slot.get(p)!].some(
      (s) => fitsText(s, variants) || (key !== undefined && s.stems?.has(key) === true),
    );
  }

  /** Like fitsAnyStep, but only literal steps count (a stem `yap*` does not cover its negative `yapma`). */
  fitsLiteralStep(p: CompiledPattern, tok: string): boolean {
    if (!this.slot.has(p)) return false;
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
   * sentences. `stemMask` (stem.ts) selects the languages whose inflected forms also match.
   */
  match(tokens: readonly Token[], sentence: Int32Array, stemMask = 0): Match[] {
    return this.matchIds(this.tokenIds(tokens), sentence, stemMask);
  }

  /**
   * Ids of the tokens: one string lookup per token, after which per-token facts (candidates,
   * variants, hint languages) are array reads. Valid until the next call of tokenIds.
   */
  tokenIds(tokens: readonly Token[]): Int32Array {
    const n = tokens.length;
    if (this.ids.size + this.pairEntries + n >= CACHE_LIMIT) this.clearCaches();
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = this.idOf(tokens[i].text);
    return ids;
  }

  /** Hint languages (language.ts) of the token with this id. */
  hints(id: number): readonly string[] | undefined {
    return this.infos[id].hints;
  }

  /** All matches, for token ids from tokenIds (see match). */
  matchIds(ids: Int32Array, sentence: Int32Array, stemMask = 0): Match[] {
    const n = ids.length;
    const out: Match[] = [];
    const { patterns, infos } = this;
    this.mask = stemMask;
    for (let i = 0; i < n; i++) {
      const info = infos[ids[i]];
      const cands = stemMask === 0 ? info.cands : this.candidates(info);
      if (cands.length === 0) continue;
      const next = i + 1 < n && sentence[i + 1] === sentence[i] ? ids[i + 1] : NO_NEXT;
      const key = (next + 1) * MASKS + stemMask;
      const list = info.pairs.get(key) ?? this.pairCands(info, cands, next, key);
      for (let c = 0; c < list.length; c++) {
        const slot = list[c];
        const end = this.extend(this.fast[slot], i, ids, sentence);
        if (end > 0) out.push({ pattern: patterns[slot], from: i, to: end });
      }
    }
    return out;
  }

  private clearCaches(): void {
    this.ids.clear();
    this.infos.length = 0;
    this.pairEntries = 0;
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
    this.infos.push({
      variants,
      cands: [...cands],
      pairs: new Map(),
      hints: hintsOf(tok),
      stemKeys: [],
      candsByMask: new Map(),
    });
    this.ids.set(tok, id);
    return id;
  }

  /** Candidates starting at a token, pre-filtered on an adjacent second step. */
  private pairCands(info: TokenInfo, cands: readonly number[], next: number, key: number): number[] {
    const nextInfo = next === NO_NEXT ? undefined : this.infos[next];
    const list = cands.filter((slot) => {
      const steps = this.fast[slot];
      if (steps.length === 1) return true;
      if (steps[1].gap > 0) return nextInfo !== undefined || steps.length === 1;
      return nextInfo !== undefined && this.fits(steps[1], nextInfo);
    });
    info.pairs.set(key, list);
    this.pairEntries++;
    return list;
  }

  /** The token's candidates, plus those whose first step it fits by stem in the current mask's languages. */
  private candidates(info: TokenInfo): number[] {
    let list = info.candsByMask.get(this.mask);
    if (list) return list;
    const set = new Set(info.cands);
    for (let l = 0; l < STEM_LANGS.length; l++) {
      const key = this.mask & (1 << l) ? this.tokenStemKey(info, l) : null;
      if (key !== null) for (const slot of this.byStem.get(key) ?? []) set.add(slot);
    }
    list = [...set];
    info.candsByMask.set(this.mask, list);
    return list;
  }

  private tokenStemKey(info: TokenInfo, l: number): string | null {
    let key = info.stemKeys[l];
    if (key === undefined) {
      const lang = STEM_LANGS[l];
      const stem = tokenStem(lang, info.variants[0]);
      key = stem === undefined ? null : stemKey(lang, stem);
      info.stemKeys[l] = key;
    }
    return key;
  }

  /** The token fits the step: as written, without a clitic, or by stem in the current mask's languages. */
  private fits(step: FastStep, info: TokenInfo): boolean {
    if (fitsText(step, info.variants)) return true;
    if (step.stems === undefined || this.mask === 0) return false;
    for (let l = 0; l < STEM_LANGS.length; l++) {
      if (!(this.mask & (1 << l))) continue;
      const key = this.tokenStemKey(info, l);
      if (key !== null && step.stems.has(key)) return true;
    }
    return false;
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
      if (q >= n0 || sentence[q] !== sentence[i] || !this.fits(steps[k0], infos[ids[q]])) return -1;
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
          if (!next.includes(q) && this.fits(step, infos[ids[q]])) next.push(q);
        }
      }
      if (next.length === 0) return -1;
      reach = next;
    }
    return Math.min(...reach) + 1;
  }
}
