import es from './es.json';
import en from './en.json';

const bundles: Record<string, typeof es> = { es, en };

// TODO(ana): poner el número real de recepción antes de producción
const FILL: Record<string, string> = { reception_phone: '+34 600 000 000' };

export function t(locale: string, key: keyof typeof es): string {
  const raw = (bundles[locale] ?? bundles.es)[key];
  return raw.replace(/\{\{(\w+)\}\}/g, (_, k) => FILL[k] ?? '');
}

export function pickLocale(waCountryPrefix: string, fallback: string) {
  return waCountryPrefix.startsWith('34') ? 'es' : fallback === 'es' ? 'en' : fallback;
}
