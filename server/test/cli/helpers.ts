import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file whose package.json is wa-policy-lint's. */
export const REPO = (() => {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'wa-policy-lint') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found above ' + __dirname);
    dir = up;
  }
})();

export const CLI = path.join(REPO, 'dist', 'cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process. */
export function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      LANG: undefined,
      ...env,
    },
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonEntry {
  file: string;
  kind: string;
  findings: {
    rule: string;
    clause: string | null;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
  }[];
}

export function runJson(args: string[], cwd: string): CliRun & { json: JsonEntry[] } {
  const r = runCli(['--format', 'json', ...args], cwd);
  let json: JsonEntry[];
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { ...r, json };
}

/** Creates a temp folder with the given files (relative path → text); returns its real path. */
export function fixture(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wa-cli-')));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return root;
}

export const SCOPED_PROMPT = `# Assistant for Sunny Bakery

You are the WhatsApp assistant of Sunny Bakery. Only answer questions about our
cakes, opening hours, orders and deliveries. For other subjects, politely say
you can only help with Sunny Bakery orders.

If the customer asks for a person, or you cannot help, tell them they can talk
to our staff by replying "agent", and hand the conversation to a human.
`;

/** Line 4 (1-based) holds the open-domain grant. */
export const OPEN_PROMPT = `# Assistant

You are a helpful assistant.
You can answer any question on any topic, write essays, code and poems, just like ChatGPT.
`;
export const OPEN_LINE = 4;
