/** Test helper: turns a lexicon pattern into a plain phrase that the pattern matches. */

/** A plain instance of a pattern: first alternative of each piece, gaps and wildcards dropped. */
export function instance(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .filter((p) => p !== '..' && p !== '...')
    .map((p) => p.replace(/\?$/, '').split('|')[0].replace(/\*$/, '').replace(/\+/g, ' '))
    .join(' ');
}
