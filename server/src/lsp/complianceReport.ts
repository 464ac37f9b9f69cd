import type { Connection } from 'vscode-languageserver/node';
import { t } from '../l10n';
import { baseName, toPath, toUri } from '../model/uri';
import { walkFolder } from '../nodeHost/walk';
import { version } from '../../../package.json';
import { clause } from '../policy/clauses';
import { ComplianceReportRequest, ExplainFindingRequest, type Position } from '../protocol';
import { reportForFiles } from '../report';
import { RULES_BY_ID } from '../rules';
import type { Finding, PolicyService } from '../service';
import { explainFinding } from '../service/hover';

/** Bot files one report reads at the most (as the workspace scan). */
const MAX_FILES = 20_000;

/** Every bot file under the folders (the report lints them with their unsaved text when open). */
export function botFilesIn(service: PolicyService, folders: string[]): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const folder of folders) {
    for (const p of walkFolder(toPath(folder))) {
      if (++seen > MAX_FILES) return out;
      const uri = toUri(p);
      if (service.kindOf(uri)) out.push(uri);
    }
  }
  return out;
}

/** Display path of a file: relative to the workspace folder that holds it (forward slashes). */
function relativeTo(folders: string[]): (uri: string) => string {
  return (uri) => {
    const root = folders.find((f) => uri.startsWith(f.replace(/\/$/, '') + '/'));
    return root ? decodeURIComponent(uri.slice(root.replace(/\/$/, '').length + 1)) : baseName(uri);
  };
}

/**
 * The compliance report of server/src/report (the CLI's `report`), with every finding linked to its
 * file and line so the Markdown preview opens it; the title follows the client's locale.
 */
export function workspaceReport(deps: CommandRequestDeps): ComplianceReportRequest.Result {
  const folders = deps.folders();
  const uris = botFilesIn(deps.service, folders);
  let findings = 0;
  const source = {
    modelOf: (uri: string) => deps.service.modelOf(uri),
    configFor: (uri: string) => deps.service.configFor(uri),
    lint: (uri: string) => {
      const r = deps.service.lint(uri);
      findings += r?.findings.length ?? 0;
      return r;
    },
  };
  const markdown = reportForFiles(source, uris, {
    format: 'markdown',
    toolVersion: version,
    locale: deps.locale(),
    relative: relativeTo(folders),
    textOf: deps.textOf,
    linkTo: (uri, line) => `${uri}#L${line}`,
  });
  return { markdown, files: uris.length, findings };
}

export interface CommandRequestDeps {
  service: PolicyService;
  folders(): string[];
  locale(): string;
  /** Findings published for an open document. */
  findingsOf(uri: string): Finding[];
  /** Text of a file (an open document's unsaved text first). */
  textOf(uri: string): string | undefined;
}

/** The custom requests behind the client's "Open compliance report" and "Explain this finding" commands. */
export function registerCommandRequests(connection: Connection, deps: CommandRequestDeps): void {
  connection.onRequest(ComplianceReportRequest.method, (): ComplianceReportRequest.Result => workspaceReport(deps));
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
