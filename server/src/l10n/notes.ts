import { format } from '.';

/**
 * The short notes of a finding — its `signals` lines (the hover's "Signals found") and the messages of its
 * related locations — are written by the rules as `<label>: <value>` in English ("human escalation: none",
 * "grant: line 3 'answer anything'", "path: Trigger → Agent"). A note is localised by its label
 * (`signal.<label>` in the catalog, spaces as dashes) and, when the value is one of the fixed forms below,
 * by its value; names and quoted phrases inside are kept as written. A note the catalog does not know stays
 * English.
 */
const VALUES: { re: RegExp; key: string; args: string[] }[] = [
  { re: /^none$/, key: 'none', args: [] },
  { re: /^off$/, key: 'off', args: [] },
  { re: /^unknown$/, key: 'unknown', args: [] },
  { re: /^high$/, key: 'high', args: [] },
  { re: /^low$/, key: 'low', args: [] },
  { re: /^none of (\d+)$/, key: 'noneOf', args: ['count'] },
  { re: /^(\d+) more$/, key: 'more', args: ['count'] },
  { re: /^line (\d+) ([\s\S]+)$/, key: 'line', args: ['line', 'quote'] },
  { re: /^the platform default, not limited to the business$/, key: 'platformDefault', args: [] },
  { re: /^(.*) \(no lexicon for it: judged on explicit signals only\)$/, key: 'noLexicon', args: ['languages'] },
  { re: /^([A-Z]{2}) from (.+)$/, key: 'marketFrom', args: ['code', 'source'] },
];

const NOTE = /^([A-Za-z][A-Za-z -]*?): ([\s\S]*)$/;

/** A signal line or related-location note in `catalog`'s language (see above). */
export function localizeNote(note: string, catalog: Readonly<Record<string, string>>): string {
  const m = NOTE.exec(note);
  const label = m ? catalog[`signal.${m[1].replace(/ /g, '-')}`] : undefined;
  if (!m || label === undefined) return note;
  return `${label}: ${localizeValue(m[2], catalog)}`;
}

function localizeValue(value: string, catalog: Readonly<Record<string, string>>): string {
  for (const v of VALUES) {
    const m = v.re.exec(value);
    const template = catalog[`signal.value.${v.key}`];
    if (!m || template === undefined) continue;
    const args = Object.fromEntries(v.args.map((name, i) => [name, m[i + 1]]));
    if (args.languages === 'unknown' && catalog['signal.value.unknown'])
      args.languages = catalog['signal.value.unknown'];
    return format(template, args);
  }
  return value;
}
