import { subMapped } from '../../model/text';
import type { MappedText } from '../../model/types';

const IDENT = '[A-Za-z_$][\\w$]*';
/** A string literal of the Code node's JavaScript: a template, single- or double-quoted string. */
const LITERAL = '`(?:[^`\\\\]|\\\\[\\s\\S])*`|\'(?:[^\'\\\\\\n]|\\\\.)*\'|"(?:[^"\\\\\\n]|\\\\.)*"';
/** `const systemPrompt = \`…\`;` */
const DECLARATION = new RegExp(`\\b(?:const|let|var)\\s+(${IDENT})\\s*=\\s*(${LITERAL})`, 'g');
/** `systemPrompt: \`…\``, `'system_prompt': prompt`, or the shorthand `{ systemPrompt }`. */
const PROPERTY = new RegExp(
  `[{,]\\s*(?:(${IDENT})|'(${IDENT})'|"(${IDENT})")\\s*(?::\\s*(${LITERAL}|${IDENT})\\s*)?(?=[,}])`,
  'g',
);

/** The text inside a literal found at `start` (its quotes cut off). */
function inner(code: MappedText, start: number, literal: string): MappedText {
  return subMapped(code, start + 1, start + literal.length - 1);
}

/**
 * The literal texts a Code node's JavaScript gives the fields of the items it returns (`return [{ json: {
 * systemPrompt: \`…\` } }]`, directly or through a `const` holding the literal), by field name. What the code
 * computes is not read: a field whose value is not a literal is left out.
 */
export function codeFields(code: MappedText): Map<string, MappedText> {
  const text = code.text;
  const declared = new Map<string, MappedText>();
  for (const m of text.matchAll(DECLARATION)) {
    const start = m.index + m[0].length - m[2].length;
    if (!declared.has(m[1])) declared.set(m[1], inner(code, start, m[2]));
  }
  const out = new Map<string, MappedText>();
  for (const m of text.matchAll(PROPERTY)) {
    const key = m[1] ?? m[2] ?? m[3];
    const value = m[4];
    let found: MappedText | undefined;
    if (value === undefined) found = declared.get(key);
    else if (/^[`'"]/.test(value)) found = inner(code, m.index + m[0].lastIndexOf(value), value);
    else found = declared.get(value);
    if (found?.text.trim() && !out.has(key)) out.set(key, found);
  }
  return out;
}
