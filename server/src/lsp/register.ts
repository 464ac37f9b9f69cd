import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, type Finding } from '../service';
import { explainFinding } from '../service/hover';
import { codeActions, FIX_ALL_KIND, fixAllAction } from './codeActions';
import { toDiagnostic } from './diagnostics';
import { documentsHost } from './documentsHost';
import { settleHeap } from './heapTuning';
import { ScanWorkspaceRequest, WorkspaceScanner } from './workspaceScan';
import { resolveLocale } from '../l10n';
import { registerCommandRequests } from './complianceReport';

interface Published {
  version: number;
  findings: Finding[];
}

/** Wires the pure policy service to an LSP connection. */
export function register(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const host = documentsHost(documents);
  let locale = 'en';
  const service = createPolicyService({ host, logger: { log: (m) => connection.console.log(m) }, locale: () => locale });
  const published = new Map<string, Published>();
  const pending = new Set<string>();
  const scanner = new WorkspaceScanner(connection, service, documents);
  let folders: string[] = [];
  let scanOnStart = true;
  let scheduled = false;

  function validate(uri: string): void {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    let findings: Finding[] = [];
    try {
      findings = service.lint(uri)?.findings ?? [];
    } catch (e) {
      connection.console.error(`wa-policy: failed to check ${uri}: ${(e as Error).stack ?? e}`);
    }
    published.set(uri, { version, findings });
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(f, version)) });
    scanner.record(uri, findings);
    // Findings of a project live in the file they are in: show those of its unopened files too.
    for (const other of service.projectFiles(uri)) if (other !== uri && !documents.get(other)) scanner.check(other);
  }

  // Coalesce bursts of changes: each document is checked once per turn of the event loop.
  function schedule(uris: Iterable<string>): void {
    for (const u of uris) pending.add(u);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const batch = [...pending];
      pending.clear();
      for (const uri of batch) validate(uri);
      settleHeap();
    });
  }

  function openUris(): string[] {
    return documents.all().map((d) => d.uri);
  }

  connection.onInitialize(
    (params): InitializeResult => {
      locale = resolveLocale(params.locale);
      folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      scanOnStart = (params.initializationOptions as { workspaceScan?: boolean } | undefined)?.workspaceScan !== false;
      return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: 'wa-policy-lint' },
      };
    },
  );
  connection.onInitialized(() => {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(() => undefined);
    if (scanOnStart) void scanner.scan(folders);
  });
  registerCommandRequests(connection, { service, folders: () => folders, locale: () => locale, findingsOf: (uri) => published.get(uri)?.findings ?? [] });
  connection.onRequest(ScanWorkspaceRequest.method, async () => {
    await scanner.scan(folders);
    return null;
  });

  documents.onDidChangeContent(({ document }) => {
    if (document.version > 1) host.edited(document.uri);
    service.invalidate(document.uri);
    schedule([document.uri, ...service.dependents(document.uri, openUris())]);
  });
  documents.onDidClose(({ document }) => {
    published.delete(document.uri);
    host.forget(document.uri);
    service.invalidate(document.uri);
    if (!scanner.closed(document.uri)) {
      scanner.record(document.uri, []);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }
    schedule(openUris().filter((u) => service.projectFiles(document.uri).includes(u)));
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      host.forget(c.uri, c.type === FileChangeType.Deleted);
      service.invalidate(c.uri);
    }
    for (const c of changes) scanner.fileChanged(c.uri, c.type === FileChangeType.Deleted);
    schedule(openUris());
  });

  connection.onHover(({ textDocument, position }) => {
    const entry = published.get(textDocument.uri);
    const hits = entry?.findings.filter((f) => within(position, f.range)) ?? [];
    if (!hits.length) return null;
    return { contents: { kind: 'markdown', value: hits.map((f) => explainFinding(f, locale)).join('\n\n---\n\n') }, range: hits[0].range };
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const entry = published.get(doc.uri);
    const kind = service.kindOf(doc.uri);
    const actions = codeActions(doc, kind, params, service.configFor(doc.uri).uri, locale);
    if (only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source)) actions.push(...fixAllAction(doc, entry?.findings, entry?.version));
    return actions;
  });

  documents.listen(connection);
}

function within(p: { line: number; character: number }, r: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}
