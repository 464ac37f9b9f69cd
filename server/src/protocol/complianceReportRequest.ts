/** Client → server: the compliance report of the workspace folders as Markdown, with links to file:line. */
export const method = 'waPolicy/complianceReport';
export type Params = Record<string, never>;
export interface Result {
  markdown: string;
  files: number;
  findings: number;
}
