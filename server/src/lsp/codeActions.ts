import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../config/load';
import type { FormatKind } from '../model/types';
import { eolOf, LineIndex } from '../model/text';
import { baseName, dirOf, join } from '../model/uri';
import type { Finding } from '../service';
import { commentStyle } from '../service/suppressionPlacement';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { t } from '../l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.wa-policy`;

/** What an unresolved action carries: enough to compute its edit later, for this version only. */
interface ActionData {
  uri: string;
  version: number;
  rule: string;
  suppressAt: number;
  /** Index of the finding in the list published for `version`. */
  finding: number;
  fix?: number;
  disable?: 'line' | 'file';
}

export interface ActionContext {
  kind: FormatKind | undefined;
  configUri: string | undefined;
  /** Catalog locale of the action titles. */
  locale: string;
  /** The findings published for a document at a version, or undefined when that version is gone. */
  findingsAt(uri: string, version: number): Finding[] | undefined;
  /** A file's text (open buffer or disk): an edit of another file uses that file's line ending. */
  textOf(uri: string): string | undefined;
}

function edit(doc: TextDocument, edits: Finding['fixes'][number]['edits']): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits)
    (byUri.get(e.uri) ?? byUri.set(e.uri, []).get(e.uri)!).push({ range: e.range, newText: e.newText });
  return {
    documentChanges: [...byUri].map(([uri, list]) => ({
      textDocument: { uri, version: uri === doc.uri ? doc.version : null },
      edits: list,
    })),
  };
}

/**
 * Quick fixes and disable actions for the wa-policy diagnostics in the request's context. With
 * `lazy` (the client resolves edits) they carry no edit: resolveCodeAction computes it on demand.
 */
export function codeActions(
  doc: TextDocument,
  params: CodeActionParams,
  ctx: ActionContext,
  lazy: boolean,
): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return out;
  for (const diagnostic of params.context.diagnostics) {
    const d = diagnostic.data as DiagnosticData | undefined;
    if (diagnostic.source !== SOURCE || !d || d.version !== doc.version) continue; // never apply a stale fix
    const base = { uri: doc.uri, version: d.version, rule: d.rule, suppressAt: d.suppressAt, finding: d.index };
    d.fixes.forEach((fix, i) =>
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        data: { ...base, fix: i } satisfies ActionData,
      }),
    );
    if (d.rule.startsWith('suppression/')) continue;
    const style = ctx.kind && commentStyle(ctx.kind, doc.uri, doc.getText(), d.suppressAt);
    if (style) {
      out.push({
        title: t(ctx.locale, 'action.disableLine', { rule: d.rule }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        data: { ...base, disable: 'line' } satisfies ActionData,
      });
      out.push({
        title: t(ctx.locale, 'action.disableFile', { rule: d.rule }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        data: { ...base, disable: 'file' } satisfies ActionData,
      });
    } else out.push(configSuppression(doc, d.rule, ctx, diagnostic));
  }
  return lazy ? out : out.map((a) => resolveCodeAction(a, doc, ctx));
}

/** Fills in an action's edit, if the document is still at the version the action was made for. */
export function resolveCodeAction(action: CodeAction, doc: TextDocument, ctx: ActionContext): CodeAction {
  const data = action.data as ActionData | undefined;
  if (!data || action.edit) return action;
  const findings = ctx.findingsAt(doc.uri, data.version);
  const finding = findings?.[data.finding];
  if (data.version !== doc.version || !finding || finding.rule !== data.rule)
    return { ...action, disabled: { reason: 'The document changed since this fix was offered.' } };
  if (data.fix !== undefined) return { ...action, edit: edit(doc, finding.fixes[data.fix]?.edits ?? []) };
  return { ...action, edit: disableEdit(doc, ctx.kind!, data) };
}

function disableEdit(doc: TextDocument, kind: FormatKind, data: ActionData): WorkspaceEdit {
  const text = doc.getText();
  const index = new LineIndex(text);
  const style = commentStyle(kind, doc.uri, text, data.suppressAt)!;
  const eol = eolOf(text);
  const comment = `${style.open}wa-policy-disable-${data.disable === 'line' ? 'next-line' : 'file'} ${data.rule} -- <reason>${style.close}`;
  if (data.disable === 'line') {
    const line = data.suppressAt;
    const indent = /^[ \t]*/.exec(text.slice(index.lineStart(line), index.lineEnd(line)))![0];
    return edit(doc, [
      {
        uri: doc.uri,
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        newText: `${indent}${comment}${eol}`,
      },
    ]);
  }
  const fileLine = kind === 'prompty' || kind === 'dotprompt' ? firstBodyLine(kind, doc.uri, text, index) : 0;
  return edit(doc, [
    {
      uri: doc.uri,
      range: { start: { line: fileLine, character: 0 }, end: { line: fileLine, character: 0 } },
      newText: `${comment}${eol}`,
    },
  ]);
}

function firstBodyLine(kind: FormatKind, uri: string, text: string, index: LineIndex): number {
  // Front matter comments use YAML syntax: put file-level comments inside it, after the opening ---.
  return text.startsWith('---') && commentStyle(kind, uri, text, 1)?.open === '# ' ? 1 : index.position(0).line;
}

function configSuppression(doc: TextDocument, rule: string, ctx: ActionContext, diagnostic: Diagnostic): CodeAction {
  const { configUri, locale } = ctx;
  const target = configUri ?? join(dirOf(doc.uri), CONFIG_FILE);
  const rel =
    configUri && doc.uri.startsWith(dirOf(configUri) + '/')
      ? decodeURIComponent(doc.uri.slice(dirOf(configUri).length + 1))
      : baseName(doc.uri);
  // The config's own line ending; a new config takes the document's.
  const eol = eolOf((configUri && ctx.textOf(configUri)) || doc.getText());
  const entry = [
    'suppressions:',
    `  - rule: ${rule}`,
    `    files: [${JSON.stringify(rel)}]`,
    '    reason: "<why this is acceptable>"',
    '',
  ].join(eol);
  const change: WorkspaceEdit = configUri
    ? {
        changes: {
          [target]: [
            {
              range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 0 } },
              newText: `${eol}# Added by wa-policy-lint: fill in the reason. Merge into an existing suppressions: list if there is one.${eol}${entry}`,
            },
          ],
        },
      }
    : {
        documentChanges: [
          { kind: 'create', uri: target, options: { ignoreIfExists: true } },
          {
            textDocument: { uri: target, version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: entry }],
          },
        ],
      };
  return {
    title: t(locale, 'action.disableInConfig', { rule, file: CONFIG_FILE }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: change,
  };
}

/** `source.fixAll.wa-policy`: every fix marked safe, without overlaps, for the current version only. */
export function fixAllAction(
  doc: TextDocument,
  findings: Finding[] | undefined,
  version: number | undefined,
): CodeAction[] {
  if (!findings || version !== doc.version) return [];
  const edits: Finding['fixes'][number]['edits'] = [];
  const taken: [number, number][] = [];
  const index = new LineIndex(doc.getText());
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.fixAll && x.edits.every((e) => e.uri === doc.uri));
    if (!fix) continue;
    const spans = fix.edits.map(
      (e) =>
        [
          index.offset(e.range.start.line, e.range.start.character),
          index.offset(e.range.end.line, e.range.end.character),
        ] as [number, number],
    );
    if (spans.some(([s, e]) => taken.some(([ts, te]) => s <= te && ts <= e))) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
  }
  if (!edits.length) return [];
  return [{ title: 'Fix all wa-policy problems', kind: FIX_ALL_KIND, edit: edit(doc, edits) }];
}
