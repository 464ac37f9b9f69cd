import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ComplianceReportRequest, ExplainFindingRequest } from '../../server/src/protocol';

const SOURCE = 'wa-policy';

/** Registers the report, explain and clause-source commands; `client` is read when a command runs (restarts replace it). */
export function registerCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('waPolicyLint.openReport', () => openReport(context, client())),
    vscode.commands.registerCommand('waPolicyLint.explainFinding', () => explainFinding(context, client())),
    vscode.commands.registerCommand('waPolicyLint.openClauseSource', () => openClauseSource()),
  ];
}

/** Asks the server for the workspace report and shows it in the Markdown preview (links open file:line). */
async function openReport(
  context: vscode.ExtensionContext,
  client: LanguageClient | undefined,
): Promise<vscode.Uri | undefined> {
  if (!client?.isRunning()) return notRunning();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('wa-policy: building the compliance report') },
    () => client.sendRequest<ComplianceReportRequest.Result>(ComplianceReportRequest.method, {}),
  );
  return showMarkdown(context, 'compliance-report.md', result.markdown);
}

/** The rule and clause of the wa-policy finding under the cursor, in the Markdown preview. */
async function explainFinding(
  context: vscode.ExtensionContext,
  client: LanguageClient | undefined,
): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!client?.isRunning()) return notRunning();
  if (!editor) return noFinding();
  const params: ExplainFindingRequest.Params = {
    uri: editor.document.uri.toString(),
    position: editor.selection.active,
  };
  const result = await client.sendRequest<ExplainFindingRequest.Result | null>(ExplainFindingRequest.method, params);
  if (!result) return noFinding();
  return showMarkdown(context, 'finding.md', result.markdown);
}

/** Opens the source page of the clause cited by the wa-policy diagnostic under the cursor. */
async function openClauseSource(): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const at = editor?.selection.active;
  const diagnostic =
    editor &&
    at &&
    vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === SOURCE && d.range.contains(at));
  if (!diagnostic) return noFinding();
  const target = typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('wa-policy: this finding cites no clause.'));
    return undefined;
  }
  await vscode.env.openExternal(target);
  return target;
}

/** Writes the Markdown to the extension's storage (a real file, so relative and file: links resolve) and previews it. */
async function showMarkdown(context: vscode.ExtensionContext, name: string, markdown: string): Promise<vscode.Uri> {
  const dir = context.globalStorageUri;
  await vscode.workspace.fs.createDirectory(dir);
  const uri = vscode.Uri.joinPath(dir, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(markdown));
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri;
}

function noFinding(): undefined {
  void vscode.window.showInformationMessage(vscode.l10n.t('wa-policy: no finding at the cursor.'));
  return undefined;
}

function notRunning(): undefined {
  void vscode.window.showWarningMessage(vscode.l10n.t('wa-policy: the language server is not running.'));
  return undefined;
}
