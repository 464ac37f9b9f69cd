import en from './en';
import es from './es';

const dicts = { es, en } as const;
export type Locale = keyof typeof dicts;

export function localeFor(waId: string): Locale {
  const forced = process.env.BOT_LOCALE as Locale | undefined;
  if (forced && forced in dicts) return forced;
  return waId.startsWith('57') ? 'es' : 'en';
}

export const t = (l: Locale) => dicts[l];
