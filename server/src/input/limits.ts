import type { ParseIssue, Span } from '../model/types';

/** Bounds on what one input may cost; `limits:` in .wa-policy.yaml changes them. */
export interface InputLimits {
  /** Larger files are reported and never parsed. */
  maxFileBytes: number;
  /** Deepest nesting of JSON/YAML collections. */
  maxDepth: number;
  /** YAML aliases (`*name`) in one file. */
  maxAliases: number;
  /** JSON/YAML nodes in one file, counting what aliases expand to. */
  maxNodes: number;
}

export const DEFAULT_LIMITS: InputLimits = Object.freeze({
  maxFileBytes: 5 * 1024 * 1024,
  maxDepth: 200,
  maxAliases: 1000,
  maxNodes: 500_000,
});

/** Ceilings the config cannot raise: past them a parser would exhaust the stack or the memory. */
export const HARD_LIMITS: InputLimits = Object.freeze({
  maxFileBytes: 16 * 1024 * 1024,
  maxDepth: 1000,
  maxAliases: 100_000,
  maxNodes: 5_000_000,
});

/** Files are read up to this many bytes; anything longer is over every allowed `maxFileBytes`. */
export const MAX_READ_BYTES = HARD_LIMITS.maxFileBytes + 1;

let active: InputLimits = DEFAULT_LIMITS;

/** The limits of the parse in progress (parsing is synchronous, so one slot is enough). */
export function currentLimits(): InputLimits {
  return active;
}

/** Runs `fn` (a parse) under `limits`, restoring the previous ones afterwards. */
export function withLimits<T>(limits: InputLimits | undefined, fn: () => T): T {
  const previous = active;
  active = limits ?? DEFAULT_LIMITS;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

const WHAT: Record<keyof InputLimits, string> = {
  maxFileBytes: 'bytes',
  maxDepth: 'levels of nesting',
  maxAliases: 'YAML aliases',
  maxNodes: 'nodes (aliases expanded)',
};

/** An `input/limits` issue that names the limit and how to raise it. */
export function limitIssue(
  uri: string,
  limit: keyof InputLimits,
  found: string,
  span: Span = { start: 0, end: 1 },
): ParseIssue {
  const max = active[limit];
  return {
    rule: 'input/limits',
    message: `The file has ${found} ${WHAT[limit]}, more than the limit of ${max} (limits.${limit}), so it was not analysed. If the file is genuine, raise limits.${limit} in .wa-policy.yaml (at most ${HARD_LIMITS[limit]}).`,
    ref: { uri, span },
    severity: 'error',
  };
}

/**
 * Deepest bracket nesting of a JSON text and where it first passes `max`, in one linear pass
 * (strings and escapes skipped), so deep files are refused before a recursive parser sees them.
 */
export function jsonNesting(text: string, max: number): { depth: number; at: number } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return { depth, at: i };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Nesting of flow collections (`[`, `{`) in a YAML text, outside quotes and comments. Block
 * nesting costs one line of indentation per level, so the file-size limit already bounds it.
 */
export function yamlFlowNesting(text: string, max: number): { depth: number; at: number } | undefined {
  // The depth never exceeds the number of openers: a text with at most `max` of them (a prompt.yml, a Rasa flow)
  // is answered by two native scans, not a loop over every character (it ran on each edit of a 150 KB prompt).
  if (atMostOpeners(text, max)) return undefined;
  return scanFlowNesting(text, max);
}

/** The same answer, every character read: the fallback, and the reference its test compares with. */
export function scanFlowNesting(text: string, max: number): { depth: number; at: number } | undefined {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 10 && depth === 0) quote = 0;
      continue;
    }
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if ((c === 34 || c === 39) && (i === 0 || /[\s[{,:]/.test(text[i - 1]))) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > max) return { depth, at: i };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** True when the text has at most `max` flow openers (`[` and `{`, wherever they are). */
function atMostOpeners(text: string, max: number): boolean {
  let n = 0;
  for (const opener of ['[', '{'])
    for (let i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) if (++n > max) return false;
  return true;
}
