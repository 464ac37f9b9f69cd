/** Calling codes of the countries some providers do not serve (longest prefix first). */
const CODES: [string, string][] = [
  ['852', 'HK'], ['853', 'MO'], ['850', 'KP'], ['375', 'BY'], ['963', 'SY'], ['967', 'YE'],
  ['86', 'CN'], ['98', 'IR'], ['53', 'CU'], ['58', 'VE'], ['93', 'AF'], ['95', 'MM'], ['7', 'RU'],
];

/** Country of a number such as "whatsapp:+8613812345678", when it is one the region rules care about. */
export function countryOfNumber(raw: string): string | undefined {
  const digits = /\+(\d{6,15})/.exec(raw.replace(/[\s-]/g, ''))?.[1];
  if (!digits) return undefined;
  // +7 7xx is Kazakhstan, not Russia.
  if (digits.startsWith('77')) return undefined;
  return CODES.find(([code]) => digits.startsWith(code))?.[1];
}
