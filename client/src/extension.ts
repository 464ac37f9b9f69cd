import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { ScanWorkspaceRequest, StatusNotification } from '../../server/src/protocol';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

/** File kinds the server may recognise; it decides by name and content which ones are bot files. */
const SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', pattern: '**/*.{prompty,prompt}' },
  { scheme: 'file', language: 'typescript' },
  { scheme: 'file', language: 'typescriptreact' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'javascriptreact' },
  { scheme: 'file', language: 'python' },
  { scheme: 'file', language: 'go' },
  { scheme: 'file', language: 'php' },
  { scheme: 'file', language: 'java' },
  { scheme: 'file', language: 'ruby' },
  // Kotlin has no built-in language id in VS Code (one comes with a Kotlin extension): matched by name.
  { scheme: 'file', pattern: '**/*.kt' },
  // XML-tagged prompt files (`prompts/<bot>/whatsapp.xml`).
  { scheme: 'file', pattern: '**/prompts/**/*.xml' },
  // TOML bot configs (`config/bot.toml`, `agent.toml`) and prompt templates (Spring AI `.st`, `.tmpl`…).
  { scheme: 'file', pattern: '**/*.toml' },
  { scheme: 'file', pattern: '**/*.{st,tmpl,j2,jinja,jinja2,hbs,mustache,liquid,tpl}' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    // A small young generation keeps the server's memory flat while editing large flows; the old generation
    // grows by 20% of what survived a full GC before the next (V8 lets it grow up to 4x when GCs are fast); two
    // malloc arenas (glibc) instead of one per thread that ever allocated: V8's helper threads and the scan
    // worker left ~10-20 MB of freed memory in their arenas (docs/performance.md).
    run: {
      module,
      transport: TransportKind.ipc,
      options: {
        execArgv: ['--max-semi-space-size=4', '--heap-growing-percent=20'],
        env: { MALLOC_ARENA_MAX: '2', ...process.env },
      },
    },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    initializationOptions: {
      workspaceScan: vscode.workspace.getConfiguration('waPolicyLint').get<boolean>('workspaceScan.enable', true),
    },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{.wa-policy.yaml,*.yml,*.yaml,*.json,*.md,*.txt,*.prompty,*.prompt}',
      ),
    },
  };
  client = new LanguageClient('waPolicyLint', 'wa-policy-lint', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('waPolicyLint.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('waPolicyLint.showOutput', () => client?.outputChannel.show()),
    vscode.commands.registerCommand('waPolicyLint.scanWorkspace', () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('wa-policy: scanning workspace') },
        () => client!.sendRequest(ScanWorkspaceRequest.method),
      ),
    ),
    ...registerCommands(context, () => client),
  );
  const status = vscode.window.createStatusBarItem('waPolicyLint.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'wa-policy';
  status.command = 'workbench.actions.view.problems';
  status.text = '$(shield) wa-policy';
  status.show();
  context.subscriptions.push(status);
  await client.start();
  context.subscriptions.push(
    client.onNotification(StatusNotification.method, (s: StatusNotification.Params) => {
      status.text = `$(shield) wa-policy${s.scanning ? ' $(sync~spin)' : ''} $(error) ${s.errors} $(warning) ${s.warnings}`;
      status.tooltip = vscode.l10n.t(
        '{0} bot files checked: {1} errors, {2} warnings, {3} infos. Click for the Problems panel.',
        s.files,
        s.errors,
        s.warnings,
        s.infos,
      );
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
