/**
 * Custom messages between the VS Code client and the language server. Plain data, no imports:
 * the client bundle and the server bundle both compile this file.
 */

/** Totals of the findings currently shown, over open and scanned files. */
export interface StatusCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** True while a workspace scan is running. */
  scanning?: boolean;
}

/** Server → client: the totals changed (sent at most every 150 ms). */
export namespace StatusNotification {
  export const method = 'waPolicy/status';
  export type Params = StatusCounts;
}

/** Client → server: scan every bot file of the workspace folders now; answers when the scan is done (or cancelled). */
export namespace ScanWorkspaceRequest {
  export const method = 'waPolicy/scanWorkspace';
  export type Result = null;
}

/** A 0-based position, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** Client → server: the compliance report of the workspace folders as Markdown, with links to file:line. */
export namespace ComplianceReportRequest {
  export const method = 'waPolicy/complianceReport';
  export type Params = Record<string, never>;
  export interface Result {
    markdown: string;
    files: number;
    findings: number;
  }
}

/** Client → server: the rule and clause behind the findings at a position, as Markdown (null: no finding there). */
export namespace ExplainFindingRequest {
  export const method = 'waPolicy/explainFinding';
  export interface Params {
    uri: string;
    position: Position;
  }
  export interface Result {
    markdown: string;
    /** The clause's source page of the first finding, for "Open clause source". */
    clauseUrl?: string;
  }
}
