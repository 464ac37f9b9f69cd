import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** File kinds the server may recognise; it decides by name and content which ones are bot files. */
const SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', pattern: '**/*.{prompty,prompt}' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.wa-policy.yaml,*.yml,*.yaml,*.json,*.md,*.txt,*.prompty,*.prompt}') },
  };
  client = new LanguageClient('waPolicyLint', 'wa-policy-lint', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('waPolicyLint.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('waPolicyLint.showOutput', () => client?.outputChannel.show()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
