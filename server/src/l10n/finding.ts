import type { Finding } from '../service/findings';
import { CATALOGS, format, type MessageArgs } from '.';
import { localizeNote } from './notes';

/**
 * Keys of a finding's texts: `<rule>.<key>.message`, `<rule>.<key>.why` (or `<rule>.why`) and
 * `<rule>.<key>.howToFix` (or `<rule>.howToFix`, or the explicit `howToFix` key of a shared helper).
 */
export function findingKeys(
  rule: string,
  ref: { key: string; howToFix?: string },
): { message: string; why: string[]; howToFix: string[] } {
  const base = `${rule}.${ref.key}`;
  return {
    message: `${base}.message`,
    why: [`${base}.why`, `${rule}.why`],
    howToFix: ref.howToFix ? [ref.howToFix] : [`${base}.howToFix`, `${rule}.howToFix`],
  };
}

/** The first of the keys that English defines (where the English text of a finding comes from). */
export function englishKey(keys: string[]): string | undefined {
  return keys.find((k) => CATALOGS.en[k] !== undefined);
}

/**
 * A finding in another locale. A text is replaced only when the locale's catalog has its key;
 * otherwise the rule's English stays (untranslated strings fall back to English).
 * Arguments (quoted prompt phrases, node names) are never translated. Signal lines and related-location notes
 * are localised by their label (l10n/notes.ts).
 */
export function localizeFinding(f: Finding, locale: string): Finding {
  const catalog = CATALOGS[locale];
  if (!catalog || locale === 'en') return f;
  const pick = (keys: string[], args: MessageArgs | undefined, english: string): string => {
    const key = englishKey(keys);
    return key && catalog[key] !== undefined ? format(catalog[key], args) : english;
  };
  const out: Finding = { ...f };
  if (f.l10n) {
    const keys = findingKeys(f.rule, f.l10n);
    out.message = pick([keys.message], f.l10n.args, f.message);
    out.why = pick(keys.why, f.l10n.args, f.why);
    if (f.howToFix !== undefined) out.howToFix = pick(keys.howToFix, f.l10n.args, f.howToFix);
  }
  // The copy keeps a fix's edits unbuilt (a getter: see findingFix in service/findings.ts).
  out.fixes = f.fixes.map((x) =>
    x.l10n
      ? Object.defineProperties({} as typeof x, {
          ...Object.getOwnPropertyDescriptors(x),
          title: {
            value: pick([x.l10n.key], x.l10n.args, x.title),
            enumerable: true,
            writable: true,
            configurable: true,
          },
        })
      : x,
  );
  out.signals = f.signals.map((s) => localizeNote(s, catalog));
  out.related = f.related.map((r) => ({ ...r, message: localizeNote(r.message, catalog) }));
  return out;
}

export function localizeFindings(findings: Finding[], locale: string): Finding[] {
  return locale === 'en' ? findings : findings.map((f) => localizeFinding(f, locale));
}
