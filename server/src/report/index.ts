export { buildReport, policyVersion } from './build';
export { collectBots, type LintedFile, type ReportSource } from './collect';
export type { ReportBot, ReportOptions, ReportSuppression } from './types';
