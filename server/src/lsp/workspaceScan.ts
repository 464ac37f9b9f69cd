import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toPath, toUri } from '../model/uri';
import { walkFolder } from '../node/walk';
import type { Finding, PolicyService } from '../service';
import { toDiagnostic } from './diagnostics';
import { settleHeap } from './heapTuning';

/** Files checked by one background scan at the most. */
const MAX_FILES = 20_000;
const BATCH = 40;

export interface StatusCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export namespace StatusNotification {
  export const method = 'waPolicy/status';
}
export namespace ScanWorkspaceRequest {
  export const method = 'waPolicy/scanWorkspace';
}

/**
 * Checks the bot files of the workspace that are not open, so that the Problems panel lists
 * them, and keeps them current from file-watch events. Open documents are the editor's business.
 */
export class WorkspaceScanner {
  private readonly files = new Set<string>();
  private readonly counts = new Map<string, [number, number, number]>();
  private readonly lastPublished = new Map<string, string>();
  private statusTimer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly service: PolicyService,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** Walks the folders (honouring .gitignore) and checks every bot file; one scan at a time. */
  scan(folders: string[]): Promise<void> {
    this.scanning ??= this.run(folders).finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  private async run(folders: string[]): Promise<void> {
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('wa-policy: scanning workspace', 0, 'listing files', false);
    const candidates: string[] = [];
    for (const folder of folders) {
      for (const p of walkFolder(toPath(folder))) {
        if (candidates.length >= MAX_FILES) break;
        candidates.push(toUri(p));
      }
    }
    let done = 0;
    for (let i = 0; i < candidates.length; i += BATCH) {
      for (const uri of candidates.slice(i, i + BATCH)) {
        if (this.service.kindOf(uri)) {
          this.files.add(uri);
          if (!this.documents.get(uri)) this.check(uri);
        }
      }
      done = Math.min(candidates.length, i + BATCH);
      progress?.report(Math.round((done / Math.max(1, candidates.length)) * 100), `${done}/${candidates.length} files`);
      await new Promise((r) => setImmediate(r));
    }
    progress?.done();
    settleHeap();
    this.scheduleStatus();
  }

  /** A file changed on disk (or was created or deleted): re-check it and what depends on it. */
  fileChanged(uri: string, deleted: boolean): void {
    if (deleted) {
      this.files.delete(uri);
      this.publish(uri, []);
    } else if (this.service.kindOf(uri)) {
      this.files.add(uri);
    }
    const targets = deleted ? [] : [uri];
    targets.push(...this.service.dependents(uri, this.files));
    for (const t of targets) if (!this.documents.get(t) && this.files.has(t)) this.check(t);
    this.scheduleStatus();
  }

  /** An editor closed a document: show its on-disk state again if it is a workspace bot file. */
  closed(uri: string): boolean {
    if (!this.files.has(uri)) return false;
    this.service.invalidate(uri);
    this.lastPublished.delete(uri);
    this.check(uri);
    return true;
  }

  /** Findings published by the editor path for an open document, for the status counts. */
  record(uri: string, findings: Finding[]): void {
    this.counts.set(uri, tally(findings));
    this.scheduleStatus();
  }

  check(uri: string): void {
    let findings: Finding[] = [];
    try {
      findings = this.service.lint(uri)?.findings ?? [];
    } catch (e) {
      this.connection.console.error(`wa-policy: failed to check ${uri}: ${(e as Error).message}`);
    }
    this.counts.set(uri, tally(findings));
    this.publish(uri, findings.map((f) => toDiagnostic(f, -1)));
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if (this.lastPublished.get(uri) === key) return;
    this.lastPublished.set(uri, key);
    if (!diagnostics.length) this.counts.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  private scheduleStatus(): void {
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      const status: StatusCounts = { files: this.files.size, errors: 0, warnings: 0, infos: 0 };
      for (const [e, w, i] of this.counts.values()) {
        status.errors += e;
        status.warnings += w;
        status.infos += i;
      }
      void this.connection.sendNotification(StatusNotification.method, status);
    }, 150);
  }
}

function tally(findings: Finding[]): [number, number, number] {
  const t: [number, number, number] = [0, 0, 0];
  for (const f of findings) t[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2]++;
  return t;
}
