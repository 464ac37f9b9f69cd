/** The value of a decimal digit of any script (Bengali ৫ is 5): its distance from the script's zero. */
export function digitValue(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  let zero = cp;
  while (cp - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return cp - zero;
}

/**
 * Digits of any script as ASCII (Persian "۱۲" → "12"), one for one so that offsets are kept (a digit outside the
 * BMP, two code units, stays as it is). ASCII digits are left alone: only other digits pay for the look-up.
 */
export function asciiDigits(s: string): string {
  return s.replace(/(?![0-9])\p{Nd}/gu, (d) => (d.length === 1 ? String(digitValue(d)) : d));
}
