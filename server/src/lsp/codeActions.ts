import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormatKind } from '../model/types';
import { LineIndex } from '../model/text';
import { baseName, dirOf, join } from '../model/uri';
import type { Finding } from '../service';
import { commentStyle } from '../service/suppressionPlacement';
import { CONFIG_FILE } from '../config/load';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { t } from '../l10n';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.wa-policy`;

function edit(doc: TextDocument, edits: Finding['fixes'][number]['edits']): WorkspaceEdit {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) (byUri.get(e.uri) ?? byUri.set(e.uri, []).get(e.uri)!).push({ range: e.range, newText: e.newText });
  return {
    documentChanges: [...byUri].map(([uri, list]) => ({ textDocument: { uri, version: uri === doc.uri ? doc.version : null }, edits: list })),
  };
}

/** Quick fixes and disable actions for the wa-policy diagnostics in the request's context. */
export function codeActions(doc: TextDocument, kind: FormatKind | undefined, params: CodeActionParams, configUri: string | undefined, locale = 'en'): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k));
  if (!wantsQuickFix) return out;
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined;
    if (diagnostic.source !== SOURCE || !data || data.version !== doc.version) continue; // never apply a stale fix
    for (const fix of data.fixes) {
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: edit(doc, fix.edits) });
    }
    if (!data.rule.startsWith('suppression/')) out.push(...disableActions(doc, kind, diagnostic, data, configUri, locale));
  }
  return out;
}

function disableActions(doc: TextDocument, kind: FormatKind | undefined, diagnostic: Diagnostic, data: DiagnosticData, configUri: string | undefined, locale: string): CodeAction[] {
  const text = doc.getText();
  const index = new LineIndex(text);
  const line = data.suppressAt;
  const style = kind && commentStyle(kind, doc.uri, text, line);
  if (!style) return [configSuppression(doc, data.rule, configUri, diagnostic, locale)];
  const lineText = text.slice(index.lineStart(line), index.lineEnd(line));
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const comment = (scope: string) => `${style.open}wa-policy-disable-${scope} ${data.rule} -- <reason>${style.close}`;
  const fileLine = kind === 'prompty' || kind === 'dotprompt' ? firstBodyLine(kind, doc.uri, text, index) : 0;
  return [
    {
      title: t(locale, 'action.disableLine', { rule: data.rule }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit(doc, [{ uri: doc.uri, range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment('next-line')}${eol}` }]),
    },
    {
      title: t(locale, 'action.disableFile', { rule: data.rule }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit(doc, [{ uri: doc.uri, range: { start: { line: fileLine, character: 0 }, end: { line: fileLine, character: 0 } }, newText: `${comment('file')}${eol}` }]),
    },
  ];
}

function firstBodyLine(kind: FormatKind, uri: string, text: string, index: LineIndex): number {
  // Front matter comments use YAML syntax: put file-level comments inside it, after the opening ---.
  return text.startsWith('---') && commentStyle(kind, uri, text, 1)?.open === '# ' ? 1 : index.position(0).line;
}

function configSuppression(doc: TextDocument, rule: string, configUri: string | undefined, diagnostic: Diagnostic, locale: string): CodeAction {
  const target = configUri ?? join(dirOf(doc.uri), CONFIG_FILE);
  const rel = configUri && doc.uri.startsWith(dirOf(configUri) + '/') ? decodeURIComponent(doc.uri.slice(dirOf(configUri).length + 1)) : baseName(doc.uri);
  const entry = `suppressions:\n  - rule: ${rule}\n    files: [${JSON.stringify(rel)}]\n    reason: "<why this is acceptable>"\n`;
  const change: WorkspaceEdit = configUri
    ? { changes: { [target]: [{ range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 0 } }, newText: `\n# Added by wa-policy-lint: fill in the reason. Merge into an existing suppressions: list if there is one.\n${entry}` }] } }
    : { documentChanges: [{ kind: 'create', uri: target, options: { ignoreIfExists: true } }, { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: entry }] }] };
  return { title: t(locale, 'action.disableInConfig', { rule, file: CONFIG_FILE }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: change };
}

/** `source.fixAll.wa-policy`: every fix marked safe, without overlaps, for the current version only. */
export function fixAllAction(doc: TextDocument, findings: Finding[] | undefined, version: number | undefined): CodeAction[] {
  if (!findings || version !== doc.version) return [];
  const edits: Finding['fixes'][number]['edits'] = [];
  const taken: [number, number][] = [];
  const index = new LineIndex(doc.getText());
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.fixAll && x.edits.every((e) => e.uri === doc.uri));
    if (!fix) continue;
    const spans = fix.edits.map((e) => [index.offset(e.range.start.line, e.range.start.character), index.offset(e.range.end.line, e.range.end.character)] as [number, number]);
    if (spans.some(([s, e]) => taken.some(([ts, te]) => s <= te && ts <= e))) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
  }
  if (!edits.length) return [];
  return [{ title: 'Fix all wa-policy problems', kind: FIX_ALL_KIND, edit: edit(doc, edits) }];
}
