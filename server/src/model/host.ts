/** What the pure core needs from its environment (the LSP shell, the CLI or a test). */
export interface Host {
  /** Text of a file (an open editor's buffer wins over disk), or undefined when it does not exist. */
  readFile(uri: string): string | undefined;
  /** Files below a folder, recursively, at most `limit` entries (URIs). */
  listFiles(dirUri: string, limit?: number): string[];
  /** The file's real location (symlinks resolved), or undefined when it does not exist; for the workspace boundary. */
  realPath?(uri: string): string | undefined;
  /** The raw bytes of a file (an archive a format unpacks in memory), up to the read limit; undefined when missing. */
  readBytes?(uri: string): Uint8Array | undefined;
}

export interface Logger {
  log(message: string): void;
}
