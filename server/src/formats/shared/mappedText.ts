import type { MappedText } from '../../model/types';

/** The part `[start, end)` of a mapped text, still mapped to the source (edits are not offered inside it). */
export function subText(text: MappedText, start: number, end: number): MappedText {
  return { uri: text.uri, text: text.text.slice(start, end), encoding: text.encoding, toSource: (i) => text.toSource(start + i) };
}
