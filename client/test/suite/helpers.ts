// Helpers for the integration suite; everything goes through the public `vscode` API.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { execFileSync } from 'child_process';

export const EXTENSION_ID = 'wa-policy-lint.wa-policy-lint';
export const SOURCE = 'wa-policy';

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders;
  if (!f || !f.length) throw new Error('the suite needs a workspace folder');
  return f[0].uri;
}

export function file(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...rel.split('/'));
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/** Polls until the extension is active (workspaceContains activation is asynchronous). */
export async function waitForActivation(timeoutMs = 30_000): Promise<void> {
  const ext = extension();
  const until = Date.now() + timeoutMs;
  while (!ext.isActive) {
    if (Date.now() > until) throw new Error(`${EXTENSION_ID} did not activate within ${timeoutMs / 1000}s`);
    await sleep(100);
  }
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function targetOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c && typeof c === 'object' ? c.target.toString(true) : undefined;
}

/** Our diagnostics for a file (others, e.g. from the YAML or Markdown extensions, are left out). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describe(ds: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(
    ds.map(
      (d) =>
        `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}/${vscode.DiagnosticSeverity[d.severity]}`,
    ),
  );
}

/**
 * Waits until `pred` holds for our diagnostics of `uri`. Diagnostics arrive asynchronously from
 * the language server, so every check waits for a state rather than sleeping for a fixed time.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  pred: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ds = ours(uri);
    if (pred(ds)) return ds;
    if (Date.now() > until) {
      throw new Error(
        `timed out after ${timeoutMs / 1000}s waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; have ${describe(ds)}`,
      );
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, 250);
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      function done() {
        clearTimeout(t);
        sub.dispose();
        resolve();
      }
    });
  }
}

export const withCode = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
export const withoutCode = (code: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === code);

/** Asserts that nothing of ours shows up for `uri` during `ms` (for "gets nothing" checks). */
export async function expectQuiet(uri: vscode.Uri, ms = 4000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ds = ours(uri);
    if (ds.length)
      throw new Error(
        `expected no ${SOURCE} diagnostics on ${vscode.workspace.asRelativePath(uri)}, got ${describe(ds)}`,
      );
    await sleep(200);
  }
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** 0-based line of the first line containing `needle`. */
export function lineOf(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" not found in ${vscode.workspace.asRelativePath(doc.uri)}`);
}

export function hoverText(hovers: vscode.Hover[]): string {
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n');
}

/** The hover text at a position, as the editor would show it. */
export async function hoverAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return hoverText(hovers || []);
}

/** The three commands of issue 14 are registered, and the Getting Started walkthrough opens. */
export async function expectCommandsAndWalkthrough(): Promise<void> {
  const all = await vscode.commands.getCommands(true);
  for (const c of ['waPolicyLint.openReport', 'waPolicyLint.explainFinding', 'waPolicyLint.openClauseSource'])
    assert.ok(all.includes(c), `${c} not registered`);
  await vscode.commands.executeCommand(
    'workbench.action.openWalkthrough',
    `${extension().id}#waPolicyLint.gettingStarted`,
    false,
  );
}

/** Runs "Open compliance report", waits for its Markdown preview tab, and returns the report's Markdown. */
export async function openReport(): Promise<string> {
  const uri = await vscode.commands.executeCommand<vscode.Uri>('waPolicyLint.openReport');
  assert.ok(uri, 'the command returned no report');
  const md = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  const preview = () =>
    vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType));
  const until = Date.now() + 15_000;
  while (!preview() && Date.now() < until) await sleep(200);
  assert.ok(preview(), 'no Markdown preview tab opened');
  return md;
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  let res: (vscode.CodeAction | vscode.Command)[] | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      res = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        // Resolve the items too: the server computes fix edits lazily (codeAction/resolve), as the lightbulb does.
        'vscode.executeCodeActionProvider',
        uri,
        range,
        kind,
        100,
      );
      break;
    } catch (e) {
      // the request is cancelled when the document or its diagnostics change meanwhile: ask again
      if (attempt >= 5 || !/Canceled/i.test(String(e))) throw e;
      await sleep(500);
    }
  }
  return (res || []).filter(
    (a): a is vscode.CodeAction =>
      'title' in a && !('command' in a && typeof (a as vscode.Command).command === 'string'),
  );
}

/** Applies a code action the way the lightbulb does: its edit, then its command. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    if (!ok) throw new Error(`workspace.applyEdit refused the edit of "${action.title}"`);
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments || []));
}

/** Writes a file through the workspace file system (as a user saving would). */
export async function writeFile(rel: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(file(rel), Buffer.from(text, 'utf8'));
}

export async function deleteFile(rel: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(file(rel));
  } catch {
    /* absent */
  }
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Language-server processes started by this extension host: children of this process whose
 * command line mentions server.js (the client may launch it via node or via fork()).
 */
export function serverPids(): number[] {
  let out: string;
  try {
    out = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    if (Number(m[2]) === process.pid && /server\.js/.test(m[3])) pids.push(Number(m[1]));
  }
  return pids;
}

/**
 * A check for a behaviour the extension does not have yet (reported to the maintainers).
 * Skipped, with the gap in its title, unless WA_E2E_STRICT=1, so that CI stays green while the
 * gap is visible in every run's summary (`N skipped`). Remove the wrapper once the gap is fixed.
 */
export function gapTest(title: string, gap: string, fn: (this: Mocha.Context) => Promise<void>): void {
  if (process.env.WA_E2E_STRICT === '1') test(title, fn);
  else test.skip(`${title} [known gap: ${gap}]`, fn);
}
