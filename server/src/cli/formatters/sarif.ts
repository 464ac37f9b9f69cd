import { pathToFileURL } from 'node:url';
import { clause, DOCS_URL } from '../../policy/clauses';
import { RULES } from '../../rules';
import type { Finding, Severity } from '../../service/findings';
import { oneBased, relativeFile, uniqueFindings, type FileReport, type FormatContext } from '../report';
import { fingerprints } from './fingerprint';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = DOCS_URL.replace(/#.*$/, '');
const SRCROOT = '%SRCROOT%';
/** partialFingerprints key: versioned, so a change of the hash recipe is not mistaken for new findings. */
export const FINGERPRINT_KEY = 'waPolicyFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

function region(range: Finding['range']) {
  const p = oneBased(range);
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}

/** SARIF 2.1.0, one run; paths relative to %SRCROOT% (the working directory). */
export function formatSarif(reports: FileReport[], ctx: FormatContext): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const artifact = (uri: string) => ({
    uri: relativeFile(ctx.cwd, uri).split('/').map(encodeURIComponent).join('/'),
    uriBaseId: SRCROOT,
  });
  const unique = uniqueFindings(reports);
  const prints = fingerprints(unique, ctx.readText);
  const results = unique.flatMap((r) =>
    r.findings.map((f) => {
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(f.uri), region: region(f.range) } }],
      };
      const index = ruleIndex.get(f.rule);
      if (index !== undefined) result.ruleIndex = index;
      result.partialFingerprints = { [FINGERPRINT_KEY]: prints.get(f) };
      const related = relatedElsewhere(f);
      if (related.length) {
        result.relatedLocations = related.map((rel, id) => ({
          id,
          physicalLocation: { artifactLocation: artifact(rel.uri), region: region(rel.range) },
          message: { text: rel.message },
        }));
      }
      if (f.fixes.length) {
        result.fixes = f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: groupByUri(fix.edits).map(([uri, edits]) => ({
            artifactLocation: artifact(uri),
            replacements: edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
          })),
        }));
      }
      result.properties = { clause: f.clause, why: f.why, ...(f.howToFix ? { howToFix: f.howToFix } : {}) };
      return result;
    }),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wa-policy-lint',
            version: ctx.version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              helpUri: (r.clause && clause(r.clause)?.source) || DOCS_URL,
              defaultConfiguration: { level: LEVEL[r.defaultLevel] },
              properties: { clause: r.clause },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : ctx.cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** Related places other than the finding's own, each place once (the messages of a repeated place joined). */
function relatedElsewhere(f: Finding): Finding['related'] {
  const key = (uri: string, r: Finding['range']) =>
    `${uri}:${r.start.line}:${r.start.character}:${r.end.line}:${r.end.character}`;
  const own = key(f.uri, f.range);
  const byPlace = new Map<string, Finding['related'][number]>();
  for (const rel of f.related) {
    const k = key(rel.uri, rel.range);
    if (k === own) continue;
    const prev = byPlace.get(k);
    if (!prev) byPlace.set(k, { ...rel });
    else if (!prev.message.split('; ').includes(rel.message)) prev.message += `; ${rel.message}`;
  }
  return [...byPlace.values()];
}

function groupByUri<T extends { uri: string }>(edits: T[]): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const e of edits) m.set(e.uri, [...(m.get(e.uri) ?? []), e]);
  return [...m];
}
