import type { Connection } from 'vscode-languageserver/node';
import { t } from '../l10n';
import { baseName, toPath, toUri } from '../model/uri';
import { walkFolder } from '../nodeHost/walk';
import { clause } from '../policy/clauses';
import { ComplianceReportRequest, ExplainFindingRequest, type Position } from '../protocol';
import { RULES_BY_ID } from '../rules';
import type { Finding, PolicyService } from '../service';
import { explainFinding } from '../service/hover';

/** Bot files one report reads at the most (as the workspace scan). */
const MAX_FILES = 20_000;

export interface FileFindings {
  uri: string;
  findings: Finding[];
}

/**
 * Builds the report Markdown from the findings of every bot file. The CLI's report builder
 * (server/src/report, branch `eco`) fits this signature and replaces the default below once merged.
 */
export type ReportBuilder = (files: FileFindings[], options: { locale: string; root?: string }) => string;

/** Every bot file under the folders, linted (open documents with their unsaved text). */
export function lintFolders(service: PolicyService, folders: string[]): FileFindings[] {
  const out: FileFindings[] = [];
  let seen = 0;
  for (const folder of folders) {
    for (const p of walkFolder(toPath(folder))) {
      if (++seen > MAX_FILES) return out;
      const uri = toUri(p);
      if (!service.kindOf(uri)) continue;
      out.push({ uri, findings: service.lint(uri)?.findings ?? [] });
    }
  }
  return out;
}

/** Default builder: totals, a table by rule with the clause, and every finding linked to its file:line. */
export const markdownReport: ReportBuilder = (files, { locale, root }) => {
  const all = files.flatMap((f) => f.findings);
  const count = (s: Finding['severity']) => all.filter((f) => f.severity === s).length;
  const lines = [
    `# ${t(locale, 'report.title')}`,
    '',
    t(locale, 'report.summary', {
      files: files.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    }),
    '',
  ];
  if (!all.length) return [...lines, t(locale, 'report.none'), ''].join('\n');
  const byRule = new Map<string, Finding[]>();
  for (const f of all) (byRule.get(f.rule) ?? byRule.set(f.rule, []).get(f.rule)!).push(f);
  lines.push(
    `## ${t(locale, 'report.byRule')}`,
    '',
    `| ${t(locale, 'report.rule')} | ${t(locale, 'report.clause')} | ${t(locale, 'report.count')} |`,
    '|---|---|---|',
  );
  for (const [rule, list] of byRule) {
    const c = list[0].clause ? clause(list[0].clause) : undefined;
    const summary = RULES_BY_ID.has(rule) ? t(locale, `${rule}.summary`) : '';
    lines.push(`| \`${rule}\` ${cell(summary)} | ${c ? `[${c.id}](${c.source})` : '–'} | ${list.length} |`);
  }
  lines.push('', `## ${t(locale, 'report.byFile')}`, '');
  for (const file of files) {
    if (!file.findings.length) continue;
    lines.push(`### ${relative(file.uri, root)}`, '');
    for (const f of file.findings) {
      const at = `${relative(file.uri, root)}:${f.range.start.line + 1}`;
      lines.push(
        `- **${t(locale, `severity.${f.severity}`)}** [${at}](${file.uri}#L${f.range.start.line + 1}) \`${f.rule}\` — ${cell(f.message)}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
};

function relative(uri: string, root: string | undefined): string {
  return root && uri.startsWith(root + '/') ? decodeURIComponent(uri.slice(root.length + 1)) : baseName(uri);
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export interface CommandRequestDeps {
  service: PolicyService;
  folders(): string[];
  locale(): string;
  /** Findings published for an open document. */
  findingsOf(uri: string): Finding[];
  build?: ReportBuilder;
}

/** The custom requests behind the client's "Open compliance report" and "Explain this finding" commands. */
export function registerCommandRequests(connection: Connection, deps: CommandRequestDeps): void {
  connection.onRequest(ComplianceReportRequest.method, (): ComplianceReportRequest.Result => {
    const folders = deps.folders();
    const files = lintFolders(deps.service, folders);
    const markdown = (deps.build ?? markdownReport)(files, {
      locale: deps.locale(),
      root: folders.length === 1 ? folders[0] : undefined,
    });
    return { markdown, files: files.length, findings: files.reduce((n, f) => n + f.findings.length, 0) };
  });
  connection.onRequest(
    ExplainFindingRequest.method,
    ({ uri, position }: ExplainFindingRequest.Params): ExplainFindingRequest.Result | null => {
      const hits = deps.findingsOf(uri).filter((f) => contains(f.range, position));
      if (!hits.length) return null;
      const locale = deps.locale();
      const markdown = hits
        .map(
          (f) =>
            `## \`${f.rule}\`\n\n${RULES_BY_ID.has(f.rule) ? `*${t(locale, `${f.rule}.summary`)}*\n\n` : ''}${explainFinding(f, locale)}`,
        )
        .join('\n\n---\n\n');
      const c = hits[0].clause ? clause(hits[0].clause) : undefined;
      return { markdown, clauseUrl: c?.source };
    },
  );
}

function contains(r: Finding['range'], p: Position): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}
