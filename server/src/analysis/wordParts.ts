/**
 * `text` against one word part: the whole part, or — when the word may run on after it and/or start
 * before it — the part's start, end or inside.
 */
export function partMatches(part: string, text: string, runsOn: boolean, startsBefore: boolean): boolean {
  if (runsOn && startsBefore) return part.includes(text);
  if (runsOn) return part.startsWith(text);
  if (startsBefore) return part.endsWith(text);
  return part === text;
}
