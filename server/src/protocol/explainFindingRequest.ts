import type { Position } from './position';

/** Client → server: the rule and clause behind the findings at a position, as Markdown (null: no finding there). */
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
