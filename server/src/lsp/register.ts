import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ScanWorkspaceRequest } from '../protocol';
import { createPolicyService, EDITOR_MAX_FINDINGS } from '../service';
import { explainFinding } from '../service/hover';
import { codeActions, FIX_ALL_KIND, fixAllAction, resolveCodeAction, type ActionContext } from './codeActions';
import { OpenDocuments } from './documents';
import { documentsHost } from './documentsHost';
import { LiveDiagnostics, type Published } from './liveDiagnostics';
import type { InboxGate } from './transport';
import { resolveLocale } from '../l10n';
import { registerCommandRequests } from './complianceReport';
import { loadCodeParsersOnDemand } from '../formats/code';
import { heapInUseMb } from './heapInUse';
import { analysisCacheStats } from '../analysis';

/** Wires the pure policy service to an LSP connection. */
export function register(connection: Connection, gate: InboxGate = { idle: () => true }, workerScript?: string): void {
  const published = new Map<string, Published>();
  const documents: OpenDocuments = new OpenDocuments(connection, {
    opened: (doc) => live.changed(doc.uri),
    changed: (doc) => live.changed(doc.uri),
    closed: (uri) => live.closed(uri),
  });
  let folders: string[] = [];
  const host = documentsHost(documents, () => folders);
  let locale = 'en';
  const service = createPolicyService({
    host,
    logger: { log: (m) => connection.console.log(m) },
    locale: () => locale,
    maxFindingsPerFile: EDITOR_MAX_FINDINGS,
  });
  const live = new LiveDiagnostics(connection, documents, host, service, published, gate, workerScript);
  const scanner = live.scanner;
  // The code parsers (tree-sitter wasm, ~20 MB) are loaded when a file first looks like a bot in code.
  loadCodeParsersOnDemand(
    () => live.recheckOpen(),
    (e) => connection.console.error(`wa-policy: code files will not be checked: ${e.message}`),
  );
  let [scanOnStart, lazyEdits] = [true, false];
  const actionContext = (uri: string): ActionContext => ({
    kind: (live.flushEdits(), service.kindOf(uri)),
    configUri: service.configFor(uri).uri,
    locale,
    findingsAt: (u, version) => (published.get(u)?.version === version ? published.get(u)!.findings : undefined),
    textOf: (u) => host.readFile(u),
  });

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
    live.warmUp();
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

  connection.onDidChangeWatchedFiles(({ changes }) => live.filesChanged(changes));
  if (process.env.WA_POLICY_DEBUG_STATS) registerDebugStats(connection, documents, live);

  connection.onHover(({ textDocument, position }) => {
    const entry = published.get(textDocument.uri);
    const hits = entry?.findings.filter((f) => within(position, f.range)) ?? [];
    if (!hits.length) return null;
    return {
      contents: { kind: 'markdown', value: hits.map((f) => explainFinding(f, locale)).join('\n\n---\n\n') },
      range: hits[0].range,
    };
  });

  registerCodeActions(connection, documents, published, actionContext, () => lazyEdits);
}

/** Memory and cache sizes, for the robustness soak (server/test/robustness/soak.test.ts): only when asked for. */
function registerDebugStats(connection: Connection, documents: OpenDocuments, live: LiveDiagnostics): void {
  connection.onRequest('waPolicy/debugStats', () => ({
    heapMb: heapInUseMb(),
    rssMb: process.memoryUsage.rss() / 1048576,
    open: documents.uris().length,
    analyses: analysisCacheStats(),
    ...live.stats(),
  }));
}

/** Quick fixes and "fix all" for the findings last published; their edits are computed on resolve when the client can. */
function registerCodeActions(
  connection: Connection,
  documents: OpenDocuments,
  published: Map<string, Published>,
  actionContext: (uri: string) => ActionContext,
  lazyEdits: () => boolean,
): void {
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const entry = published.get(doc.uri);
    const actions = codeActions(doc, params, actionContext(doc.uri), lazyEdits());
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
