import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * Country (ISO 3166-1 alpha-2) of an international number such as "whatsapp:+8613812345678", read with
 * libphonenumber-js's metadata (so +7 7xx is Kazakhstan, +1 area codes resolve to US, CA or the Caribbean).
 * Undefined for numbers without a calling code or with one no country uses.
 */
export function countryOfNumber(raw: string): string | undefined {
  const digits = /\+(\d{6,15})/.exec(raw.replace(/[\s().-]/g, ''))?.[1];
  if (!digits) return undefined;
  return parsePhoneNumberFromString(`+${digits}`)?.country;
}
