/** Server → client: the totals changed (sent at most every 150 ms). */
export const method = 'waPolicy/status';

/** Totals of the findings currently shown, over open and scanned files. */
export interface StatusCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** True while a workspace scan is running. */
  scanning?: boolean;
}

export type Params = StatusCounts;
