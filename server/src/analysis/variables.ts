/**
 * Template variables with defaults: `You are {{persona}}.` where persona defaults to
 * "a helpful assistant" is a generic persona. The default is analysed on its own and any opening
 * signal is reported on the placeholder in the prompt.
 */

import type { Signal } from './types';
import { buildContext } from './context';
import { buildDoc } from './doc';
import { grantSignals } from './grants';

const MAX_PLACEHOLDER = 120;

export interface VariableFindings {
  signals: Signal[];
  persona: boolean;
  grant: boolean;
}

/** `{{ name }}`, `{{name}}`, `{{ input.name }}`, `{{{name}}}` occurrences with their names. */
function placeholders(text: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  let close = -1;
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 2)) {
    if (close < i + 2) close = text.indexOf('}}', i + 2);
    if (close < 0) break;
    if (close - i > MAX_PLACEHOLDER) continue;
    let end = close + 2;
    if (text[end] === '}') end++;
    const name = text
      .slice(i + 2, close)
      .replace(/^\{/, '')
      .trim();
    if (/^[\w.$-]+$/.test(name)) out.push({ name, start: i, end });
  }
  return out;
}

function lookup(vars: Record<string, string>, name: string): string | undefined {
  if (name in vars) return vars[name];
  const last = name.split('.').pop() ?? name;
  return vars[last] ?? vars[`input.${last}`];
}

export function variableSignals(text: string, vars: Record<string, string> | undefined): VariableFindings {
  const res: VariableFindings = { signals: [], persona: false, grant: false };
  // The format's variables, else the values the template declares itself (`persona = …` in a fill block).
  const values = vars && Object.keys(vars).length > 0 ? vars : Object.fromEntries(declaredValues(text));
  if (Object.keys(values).length === 0) return res;
  for (const ph of placeholders(text)) {
    const value = lookup(values, ph.name) ?? lookup(values, ph.name.toLowerCase());
    if (typeof value !== 'string' || value.trim() === '') continue;
    judgeDefault(
      res,
      value,
      { start: ph.start, end: ph.end },
      text.slice(ph.start, ph.end),
      `template variable "${ph.name}" defaults to "${value}"`,
    );
  }
  return res;
}

/** `{{ name | default: "v" }}`, `{{name|default("v")}}`, `{{ name || 'v' }}`, `{{ name ?? "v" }}`: defaults written in the text. */
const INLINE_DEFAULT =
  /\{\{\s*[\w.$-]{1,60}\s*(?:\|\s*default\s*[:(]\s*|\|\||\?\?)\s*(["'])([^"'\n{}]{1,300})\1\s*\)?\s*\}\}/g;

/**
 * Template defaults written inline: a persona or scope field that defaults to "a helpful,
 * knowledgeable assistant" makes the bot generic until someone fills it in.
 */
export function inlineDefaultSignals(text: string): VariableFindings {
  const res: VariableFindings = { signals: [], persona: false, grant: false };
  for (const m of text.matchAll(INLINE_DEFAULT)) {
    const value = m[2];
    judgeDefault(res, value, { start: m.index, end: m.index + m[0].length }, m[0], `template default "${value}"`);
  }
  return res;
}

/** A default value that grants general use or is a generic persona counts for the placeholder that holds it. */
function judgeDefault(
  res: VariableFindings,
  value: string,
  span: { start: number; end: number },
  shown: string,
  note: string,
): void {
  const inner = grantSignals(buildContext(buildDoc(value)));
  const isGrant = inner.grants.length + inner.leaks.length > 0;
  const isPersona = inner.personas.length > 0;
  if (!isGrant && !isPersona) return;
  res.grant ||= isGrant;
  res.persona ||= isPersona;
  res.signals.push({
    kind: isGrant ? 'grant' : 'generic-persona',
    span,
    text: shown,
    lang: inner.signals[0]?.lang ?? 'en',
    note,
  });
}

/** A template slot, `{{ name }}` or `{{ name | default: "…" }}`; group 1 is the name. */
export const SLOT = /\{\{\s*([\p{L}\p{N}_.-]{1,60})\s*(?:\|[^}\n]{0,200})?\}\}/gu;
/**
 * A template slot of either kind: `{{name}}` (group 1) or `{name}` (group 2: Python `str.format`, LangChain, C#),
 * for the readers of what a slot can reach.
 */
export const ANY_SLOT = new RegExp(`${SLOT.source}|(?<!\\{)\\{([\\p{L}_][\\p{L}\\p{N}_.-]{0,59})\\}(?!\\})`, 'gu');
/** A declared value in the file: `name: "…"`, `name="…"` (YAML front matter, a comment, a config block). */
export const DECLARED = /(?:^|[\s,{(])["']?([\p{L}\p{N}_.-]{1,60})["']?\s*[:=]\s*(["'])([^"'\n]{0,200})\2/gmu;
/** An unquoted `name = value` line (a fill block, an .ini/.env style list). */
const DECLARED_LINE = /^[ \t]*([\p{L}\p{N}_.-]{1,60})[ \t]*=[ \t]*([^\n"'=]{0,200})$/gmu;
/** A value that is only a note in brackets, "(not filled in)", "<TODO>": no value. A trailing note is dropped. */
const NOTE_ONLY = /^[(（[【<][^)）\]】>]*[)）\]】>]$/u;
const TRAILING_NOTE = /\s*[(（][^)）]*[)）]$/u;

/** Declared template values (lower-cased names): the format's variables first, then those written in the text. */
export function declaredValues(text: string, vars?: Record<string, string>): ReadonlyMap<string, string> {
  // One analysis asks twice (dead-end handoffs, empty slots): the last answer is kept for the same text.
  if (last && last.text === text && last.vars === vars) return last.declared;
  const declared = readDeclared(text, vars);
  last = { text, vars, declared };
  return declared;
}

let last: { text: string; vars?: Record<string, string>; declared: Map<string, string> } | undefined;

function readDeclared(text: string, vars?: Record<string, string>): Map<string, string> {
  const declared = new Map<string, string>();
  for (const [k, v] of Object.entries(vars ?? {})) declared.set(k.toLowerCase(), v);
  if (!text.includes('{{')) return declared;
  for (const m of declarations(text)) if (!declared.has(m[1].toLowerCase())) declared.set(m[1].toLowerCase(), m[3]);
  for (const m of text.matchAll(DECLARED_LINE)) {
    const value = m[2].trim();
    if (!declared.has(m[1].toLowerCase()))
      declared.set(m[1].toLowerCase(), NOTE_ONLY.test(value) ? '' : value.replace(TRAILING_NOTE, ''));
  }
  return declared;
}

/** The `:` or `=` and opening quote that every DECLARED match holds. */
const ANCHOR = /[:=]\s*["']/g;
/** Units a DECLARED match can span before its whitespace and `:`: separator, quotes, 60 code points of name. */
const BEFORE_SPACES = 1 + 1 + 120 + 1;

/**
 * The DECLARED matches of `text`, as `matchAll` gives them, with the regex started only near an anchor
 * (`name: "`): no match can start before its anchor's whitespace run and name, so the positions skipped
 * start no match, and the long runs of prose between declarations are not tried at every position.
 */
export function declarations(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    let w = a.index;
    while (w > from && /\s/.test(text[w - 1])) w--;
    DECLARED.lastIndex = Math.max(from, w - BEFORE_SPACES);
    const m = DECLARED.exec(text);
    if (!m) break;
    out.push(m);
    from = DECLARED.lastIndex;
    ANCHOR.lastIndex = from;
  }
  DECLARED.lastIndex = 0;
  return out;
}

/**
 * Slots the prompt uses by whether their declared value is empty (`business_name: ""`: the template has not been
 * filled in, so the business it would serve is not known yet) or filled in (`business_name: "Acme Plumbing"`:
 * someone set it up). Slots with no declared value are in neither. One pass over the declarations and the slots.
 */
export function slotValues(text: string, vars?: Record<string, string>): { empty: string[]; filled: string[] } {
  if (!text.includes('{{')) return { empty: [], filled: [] };
  const declared = declaredValues(text, vars);
  const empty = new Set<string>();
  const filled = new Set<string>();
  for (const m of text.matchAll(SLOT)) {
    const v = declared.get(m[1].toLowerCase());
    if (v !== undefined) (v.trim() ? filled : empty).add(m[1]);
  }
  return { empty: [...empty], filled: [...filled] };
}

/** Blocks a template renders only when a field is set: `{% if x %}…{% endif %}`, `{{#x}}…{{/x}}`, `{{#if x}}…{{/if}}`. */
// Bounded: an unclosed tag must not make every later tag rescan the rest of the text.
const CONDITIONAL_BLOCKS = [
  /\{%-?\s*if\s+([\p{L}\p{N}_.]+)\s*-?%\}[\s\S]{0,4000}?\{%-?\s*endif\s*-?%\}/gu,
  /\{\{#(?:if\s+)?([\p{L}\p{N}_.]+)\s*\}\}[\s\S]{0,4000}?\{\{\/(?:if|[\p{L}\p{N}_.]+)\s*\}\}/gu,
];
/** Template syntax, not prose: comments, tags, slots, and `Label: {{slot}}` / `【Label】{{slot}}` lines. */
const MARKUP = [
  /\{#[\s\S]{0,2000}?#\}/g,
  /\{%[^%]{0,300}%\}/g,
  /\{\{[^}\n]{0,200}\}\}\}?/g,
  /^[ \t]*(?:[-*][ \t]+)?[^\n{}]{1,40}?[:：】\]][ \t]*\{\{[^}\n]{0,200}\}\}[ \t]*$/gm,
  DECLARED_LINE,
];

export interface Region {
  start: number;
  end: number;
  /** The field a conditional block depends on. */
  slot?: string;
}

export function conditionalBlocks(text: string): Region[] {
  if (!text.includes('{{') && !text.includes('{%')) return [];
  return CONDITIONAL_BLOCKS.flatMap((re) =>
    [...text.matchAll(re)].map((m) => {
      // The `{% else %}` part is what renders while the field is empty: prose, not the field's block.
      const other = ELSE.exec(m[0]);
      const end = m.index + (other ? other.index : m[0].length);
      return { start: m.index, end, slot: m[1].toLowerCase() };
    }),
  );
}
const ELSE = /\{%-?\s*(?:else|elif)\b[^%]*%\}|\{\{\s*else\s*\}\}|\{\{\^\}\}/;

/** Conditional blocks whose field is empty or not declared: what they say is not rendered yet. */
export function unfilledBlocks(text: string, vars?: Record<string, string>): Region[] {
  const blocks = conditionalBlocks(text);
  if (!blocks.length) return blocks;
  const declared = declaredValues(text, vars);
  return blocks.filter((b) => {
    const value = declared.get(b.slot ?? '') ?? declared.get(b.slot?.split('.').pop() ?? '');
    return value === undefined || value.trim() === '';
  });
}

const inside = (span: { start: number; end: number }, regions: readonly Region[]) =>
  regions.some((r) => span.start >= r.start && span.end <= r.end);

/**
 * A template that does not say yet whose bot it is: its persona defaults to a generic assistant, or a
 * field it uses is empty or undeclared, and once its markup, slots, `Label: {{slot}}` lines and
 * conditional blocks are set aside, the scope left in its prose is too thin (the same measure as scope.ts).
 */
export function unfilledTemplate(
  text: string,
  scope: readonly Signal[],
  genericPersona: boolean,
  vars?: Record<string, string>,
): boolean {
  if (!text.includes('{{')) return false;
  const regions = [
    ...MARKUP.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }))),
    ...conditionalBlocks(text),
  ];
  // "the assistant of {{business_name}}" with the name empty: a limit bound to an unfilled slot limits nothing.
  const unfilled = unfilledSlotSpans(text, vars);
  const bound = (sp: { start: number; end: number }) =>
    unfilled.some((u) => (sp.start >= u.end && sp.start - u.end <= 2) || (u.start >= sp.end && u.start - sp.end <= 2));
  const prose = scope.filter((s) => !inside(s.span, regions) && !bound(s.span));
  const limits = prose.filter(
    (s) => s.kind === 'refusal' || (s.kind === 'scope' && s.note !== 'business topic'),
  ).length;
  const topics = new Set(prose.filter((s) => s.note === 'business topic').map((s) => s.text.toLowerCase())).size;
  const has = (limits >= 1 && topics >= 2) || topics >= 5 || (limits >= 2 && topics >= 1);
  if (genericPersona) return !has;
  const some = limits >= 1 || topics >= 2;
  return !some && emptyOrUndeclared(text, vars);
}

function emptyOrUndeclared(text: string, vars?: Record<string, string>): boolean {
  return unfilledSlotSpans(text, vars).length > 0;
}

/** Where the slots whose value is empty or not declared are used. */
function unfilledSlotSpans(text: string, vars?: Record<string, string>): Region[] {
  const declared = declaredValues(text, vars);
  const out: Region[] = [];
  for (const m of text.matchAll(SLOT)) {
    const value = declared.get(m[1].toLowerCase()) ?? declared.get(m[1].toLowerCase().split('.').pop() ?? '');
    if (value === undefined || value.trim() === '') out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
