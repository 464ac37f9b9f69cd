/** A 0-based position, as in LSP. */
export interface Position {
  line: number;
  character: number;
}
