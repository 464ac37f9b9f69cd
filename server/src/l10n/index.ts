import ar from './locales/ar.json';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import hi from './locales/hi.json';
import id from './locales/id.json';
import ptBr from './locales/pt-br.json';
import tr from './locales/tr.json';
import zhCn from './locales/zh-cn.json';
import zhTw from './locales/zh-tw.json';
import type { MessageArgs } from '../model/messageRef';

/** Message catalogs by locale; English is the reference every other catalog is checked against. */
export const CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en,
  es,
  'pt-br': ptBr,
  id,
  'zh-cn': zhCn,
  'zh-tw': zhTw,
  ar,
  de,
  hi,
  fr,
  tr,
};

export type { MessageArgs, MessageRef } from '../model/messageRef';

/**
 * The catalog locale for a BCP 47 tag (VS Code's `pt-br`, `zh-TW`) or a POSIX locale (`pt_BR.UTF-8`):
 * exact match, then the Chinese script/region, then the bare language. Unknown tags give `en`.
 */
export function resolveLocale(tag: string | undefined): string {
  const t = (tag ?? '')
    .trim()
    .toLowerCase()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (!t || t === 'c' || t === 'posix') return 'en';
  if (CATALOGS[t]) return t;
  const [lang, ...rest] = t.split('-');
  if (lang === 'zh')
    return rest.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-tw' : 'zh-cn';
  if (lang === 'pt') return 'pt-br';
  return CATALOGS[lang] ? lang : 'en';
}

/** The CLI's locale when `--locale` is not given: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: NodeJS.ProcessEnv): string {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Replaces `{name}` placeholders; an unknown name stays visible rather than becoming "undefined". */
export function format(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** The text of a key in a locale, falling back to English; undefined when English lacks the key too. */
export function lookup(locale: string, key: string): string | undefined {
  return CATALOGS[locale]?.[key] ?? CATALOGS.en[key];
}

/** Localised text of a key with its arguments (English when the locale lacks it, the key itself when nobody has it). */
export function t(locale: string, key: string, args?: MessageArgs): string {
  return format(lookup(locale, key) ?? key, args);
}

/** Placeholder names of a template, sorted (the catalog test compares them across locales). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
