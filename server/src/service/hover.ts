import { clause, DOCS_URL } from '../policy/clauses';
import type { Finding } from './findings';

/** Markdown that explains a finding and cites its clause. */
export function explainFinding(f: Finding): string {
  const parts = [`**${f.rule}** (${f.severity}) — ${f.message}`, `**Why:** ${f.why}`];
  if (f.signals.length) parts.push(`**Signals found:**\n${f.signals.map((s) => `- ${escape(s)}`).join('\n')}`);
  parts.push(citeClause(f.clause));
  if (f.howToFix) parts.push(`**To make it compliant:** ${f.howToFix}`);
  return parts.join('\n\n');
}

export function citeClause(id: string | null): string {
  const c = id ? clause(id) : undefined;
  if (!c) return `**Rule documentation:** [${DOCS_URL}](${DOCS_URL})`;
  const head = [`**Clause ${c.id}** — [${c.title}](${c.source})`];
  const facts = [c.issuer, c.section, c.effective ? `effective ${c.effective}` : undefined].filter(Boolean).join(' · ');
  if (facts) head.push(facts);
  const quote = c.quote ?? c.paraphrase;
  const lines = [head.join('  \n')];
  if (quote) lines.push(`> ${quote.replace(/\s+/g, ' ').trim()}${c.paraphrase && !c.quote ? ' *(paraphrase)*' : ''}`);
  lines.push(
    c.verified === 'primary'
      ? `Clause text verified on the issuer's own page: [${c.source}](${c.source})`
      : `Clause text **not verified** on the issuer's own page (seen quoted in secondary sources): [${c.source}](${c.source})`,
  );
  return lines.join('\n\n');
}

function escape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}
