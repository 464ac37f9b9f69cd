import { emptyModel, type BotModel, type FormatKind, type ParseIssue } from '../model/types';
import { limitIssue, MAX_READ_BYTES, withLimits, type InputLimits } from './limits';

const REFUSED = new WeakSet<BotModel>();

/** True for a model that stands for a file that was not parsed (over a limit, binary, failed): nothing else may parse it. */
export function wasRefused(model: BotModel): boolean {
  return REFUSED.has(model);
}

/** UTF-8 size of a text without encoding it (a cheap pass over the UTF-16 units). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800)
      n += c >= 0xd800 && c <= 0xdbff ? 1 : 2; // a surrogate pair is 4 bytes in total
    else if (c >= 0x80) n += 1;
  }
  return n;
}

/** An `input/limits` issue when the text is over `maxFileBytes` (checked before any parse). */
export function oversizeIssue(uri: string, text: string, limits: InputLimits): ParseIssue | undefined {
  if (text.length <= limits.maxFileBytes / 3) return undefined;
  const bytes = text.length > limits.maxFileBytes ? text.length : utf8Length(text);
  // Files are read up to MAX_READ_BYTES, so a text that long stands for a longer file.
  const found = text.length >= MAX_READ_BYTES ? `at least ${MAX_READ_BYTES}` : String(bytes);
  return bytes > limits.maxFileBytes ? withLimits(limits, () => limitIssue(uri, 'maxFileBytes', found)) : undefined;
}

/**
 * Builds a file's model under its limits, so nothing in a parser can take the run down: an over-size
 * or binary file is reported without parsing, a stack overflow is a depth limit, and any other
 * exception is an `internal/error` issue of this file.
 */
export function isolatedModel(
  uri: string,
  kind: FormatKind,
  text: string,
  limits: InputLimits,
  build: () => BotModel,
  /** An archive the format unpacks itself (a zipped export): binary by nature, so not refused for NUL bytes. */
  archive = false,
): BotModel {
  const refused = (issue: ParseIssue) => {
    const model = { ...emptyModel(kind, uri), issues: [issue] };
    REFUSED.add(model);
    return model;
  };
  const big = oversizeIssue(uri, text, limits);
  if (big) return refused(big);
  if (!archive && text.includes('\u0000'))
    return refused({
      message: 'The file contains binary data (NUL bytes), so it was not analysed.',
      ref: { uri, span: { start: 0, end: 1 } },
      severity: 'error',
    });
  try {
    return withLimits(limits, build);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message))
      return refused(withLimits(limits, () => limitIssue(uri, 'maxDepth', 'too many')));
    return refused(internalIssue(uri, e));
  }
}

export function internalIssue(uri: string, e: unknown): ParseIssue {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return {
    rule: 'internal/error',
    message: `wa-policy-lint failed on this file (${what.slice(0, 300)}); it was not fully checked.`,
    ref: { uri, span: { start: 0, end: 1 } },
    severity: 'error',
  };
}
