import { t } from '../l10n';
import { clause, DOCS_URL } from '../policy/clauses';
import type { Finding } from './findings';

/** Markdown that explains a finding and cites its clause, with headings in `locale` (texts are localised with the finding). */
export function explainFinding(f: Finding, locale = 'en'): string {
  const parts = [
    `**${f.rule}** (${t(locale, `severity.${f.severity}`)}) — ${f.message}`,
    `**${t(locale, 'hover.why')}** ${f.why}`,
  ];
  if (f.signals.length)
    parts.push(`**${t(locale, 'hover.signals')}**\n${f.signals.map((s) => `- ${escape(s)}`).join('\n')}`);
  parts.push(citeClause(f.clause, locale));
  if (f.howToFix) parts.push(`**${t(locale, 'hover.toFix')}** ${f.howToFix}`);
  return parts.join('\n\n');
}

/** The clause's citation. Its title and quote stay in the source's language (English), which is named in other locales. */
export function citeClause(id: string | null, locale = 'en'): string {
  const c = id ? clause(id) : undefined;
  if (!c) return `**${t(locale, 'hover.ruleDocs')}** [${DOCS_URL}](${DOCS_URL})`;
  const head = [`**${t(locale, 'hover.clause', { id: c.id })}** — [${c.title}](${c.source})`];
  const facts = [c.issuer, c.section, c.effective ? t(locale, 'hover.effective', { date: c.effective }) : undefined]
    .filter(Boolean)
    .join(' · ');
  if (facts) head.push(facts);
  const quote = c.quote ?? c.paraphrase;
  const lines = [head.join('  \n')];
  if (quote) {
    const notes = [
      c.paraphrase && !c.quote ? ` *${t(locale, 'hover.paraphrase')}*` : '',
      locale === 'en' ? '' : ` *${t(locale, 'hover.quotedIn', { language: t(locale, 'language.en') })}*`,
    ];
    lines.push(`> ${quote.replace(/\s+/g, ' ').trim()}${notes.join('')}`);
  }
  lines.push(
    `${t(locale, c.verified === 'primary' ? 'hover.verified' : 'hover.notVerified')} [${c.source}](${c.source})`,
  );
  return lines.join('\n\n');
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
