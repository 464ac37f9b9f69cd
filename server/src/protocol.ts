/**
 * Custom messages between the VS Code client and the language server. Each message is one ES module in
 * `protocol/` (its wire name `method` and its payload types `Params` / `Result`), exported here as a namespace
 * object: `StatusNotification.method`, `StatusNotification.Params`. Plain data, no imports from outside
 * `protocol/`: the client bundle and the server bundle both compile these files.
 */
export type { StatusCounts } from './protocol/statusNotification';
export type { Position } from './protocol/position';
export * as StatusNotification from './protocol/statusNotification';
export * as ScanWorkspaceRequest from './protocol/scanWorkspaceRequest';
export * as ComplianceReportRequest from './protocol/complianceReportRequest';
export * as ExplainFindingRequest from './protocol/explainFindingRequest';
