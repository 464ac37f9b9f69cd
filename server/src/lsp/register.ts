import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ScanWorkspaceRequest } from '../protocol';
import { createPolicyService, type Finding } from '../service';
import { explainFinding } from '../service/hover';
import { codeActions, FIX_ALL_KIND, fixAllAction, resolveCodeAction, type ActionContext } from './codeActions';
import { toDiagnostic } from './diagnostics';
import { OpenDocuments } from './documents';
import { documentsHost } from './documentsHost';
import { Scheduler } from './scheduler';
import type { InboxGate } from './transport';
import { WorkspaceScanner } from './workspaceScan';
import { resolveLocale } from '../l10n';
import { registerCommandRequests } from './complianceReport';

interface Published {
  version: number;
  findings: Finding[];
}

/** Wires the pure policy service to an LSP connection. */
export function register(connection: Connection, gate: InboxGate = { idle: () => true }, workerScript?: string): void {
  const published = new Map<string, Published>();
  const documents: OpenDocuments = new OpenDocuments(connection, {
    opened: (doc) => changed(doc.uri),
    changed: (doc) => changed(doc.uri),
    closed,
  });
  const host = documentsHost(documents);
  let locale = 'en';
  const service = createPolicyService({
    host,
    logger: { log: (m) => connection.console.log(m) },
    locale: () => locale,
  });
  const scheduler = new Scheduler(gate, validate);
  const scanner = new WorkspaceScanner(connection, service, documents, scheduler, release, workerScript);
  let folders: string[] = [];
  let scanOnStart = true;
  let lazyEdits = false;
  const actionContext = (uri: string): ActionContext => ({
    kind: service.kindOf(uri),
    configUri: service.configFor(uri).uri,
    locale,
    findingsAt: (u, version) => (published.get(u)?.version === version ? published.get(u)!.findings : undefined),
  });

  /** Lints an open document at its current version and publishes; project files that are not open follow in the background. */
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
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f, i) => toDiagnostic(f, version, i)) });
    scanner.record(uri, findings);
    // Findings of a project live in the file they are in: show those of its unopened files too.
    for (const other of service.projectFiles(uri))
      if (other !== uri && !documents.get(other)) scanner.checkLater(other);
  }

  function changed(uri: string): void {
    host.edited(uri);
    service.invalidate(uri);
    scheduler.lint([uri, ...service.dependents(uri, documents.uris())]);
  }

  function closed(uri: string): void {
    published.delete(uri);
    const siblings = service.projectFiles(uri);
    host.forget(uri);
    service.invalidate(uri);
    if (!scanner.closed(uri)) {
      scanner.record(uri, []);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      release(uri);
    }
    scheduler.lint(documents.uris().filter((u) => siblings.includes(u)));
  }

  /** Frees what the service and the host keep for a file that is not open, unless its project has an open file. */
  function release(uri: string): void {
    if (documents.get(uri) || service.projectFiles(uri).some((f) => documents.get(f))) return;
    service.release(uri);
    host.drop(uri);
  }

  connection.onInitialize((params): InitializeResult => {
    locale = resolveLocale(params.locale);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    scanOnStart = (params.initializationOptions as { workspaceScan?: boolean } | undefined)?.workspaceScan !== false;
    lazyEdits = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      },
      serverInfo: { name: 'wa-policy-lint' },
    };
  });
  connection.onInitialized(() => {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] })
      .catch(() => undefined);
    if (scanOnStart) void scanner.scan(folders);
  });
  registerCommandRequests(connection, {
    service,
    folders: () => folders,
    locale: () => locale,
    findingsOf: (uri) => published.get(uri)?.findings ?? [],
    textOf: (uri) => host.readFile(uri),
  });
  connection.onRequest(ScanWorkspaceRequest.method, async (_params: unknown, token) => {
    await scanner.scan(folders, token);
    return null;
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      host.forget(c.uri, c.type === FileChangeType.Deleted);
      service.invalidate(c.uri);
    }
    for (const c of changes) scanner.fileChanged(c.uri, c.type === FileChangeType.Deleted);
    scheduler.lint(documents.uris());
  });

  connection.onHover(({ textDocument, position }) => {
    const entry = published.get(textDocument.uri);
    const hits = entry?.findings.filter((f) => within(position, f.range)) ?? [];
    if (!hits.length) return null;
    return {
      contents: { kind: 'markdown', value: hits.map((f) => explainFinding(f, locale)).join('\n\n---\n\n') },
      range: hits[0].range,
    };
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const entry = published.get(doc.uri);
    const actions = codeActions(doc, params, actionContext(doc.uri), lazyEdits);
    if (only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source))
      actions.push(...fixAllAction(doc, entry?.findings, entry?.version));
    return actions;
  });
  connection.onCodeActionResolve((action) => {
    const uri = (action.data as { uri?: string } | undefined)?.uri;
    const doc = uri ? documents.get(uri) : undefined;
    return doc ? resolveCodeAction(action, doc, actionContext(doc.uri)) : action;
  });
}

function within(
  p: { line: number; character: number },
  r: { start: { line: number; character: number }; end: { line: number; character: number } },
): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}
