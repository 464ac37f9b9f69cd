import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes CLI output to stdout, or to `-o <file>` (folders created). False, with a warning, when the file cannot be written. */
export function writeOutput(
  text: string,
  outputFile: string | undefined,
  io: { cwd: string; stdout: { write(s: string): unknown } },
  warn: (m: string) => void,
): boolean {
  if (!outputFile) {
    io.stdout.write(text);
    return true;
  }
  try {
    const out = path.resolve(io.cwd, outputFile);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, text);
    return true;
  } catch (e) {
    warn(`cannot write ${outputFile}: ${(e as Error).message}`);
    return false;
  }
}
