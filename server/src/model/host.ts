/** What the pure core needs from its environment (the LSP shell, the CLI or a test). */
export interface Host {
  /** Text of a file (an open editor's buffer wins over disk), or undefined when it does not exist. */
  readFile(uri: string): string | undefined;
  /**
   * Whether readFile would find the file, without reading it (a file-watch event names thousands of files at a
   * checkout: reading each to learn whether it is still there costs seconds). Hosts without it are asked readFile.
   */
  exists?(uri: string): boolean;
  /** Files below a folder, recursively, at most `limit` entries (URIs). */
  listFiles(dirUri: string, limit?: number): string[];
  /** The file's real location (symlinks resolved), or undefined when it does not exist; for the workspace boundary. */
  realPath?(uri: string): string | undefined;
  /** The raw bytes of a file (an archive a format unpacks in memory), up to the read limit; undefined when missing. */
  readBytes?(uri: string): Uint8Array | undefined;
  /**
   * The workspace folders (URIs): a format that looks for a file's project above its folder (Twilio Functions)
   * does not climb out of the folder that holds the file. None: no bound but the format's own.
   */
  workspaceFolders?(): string[];
}

export interface Logger {
  log(message: string): void;
}
