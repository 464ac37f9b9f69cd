/** WhatsApp bots written in code (TypeScript, JavaScript, Python): detection and the project adapter. */
import type { ProjectAdapter } from '../../parse/registry';
import { parseCodeProject } from './adapter';
import { CODE_FILE } from './language';
import { codeParsersReady } from './parser';
import { codeFiles, codeRoot, looksLikeBotCode } from './project';

export { loadCodeParsers } from './parser';
export { codeOpenFixes, codeHandoffFix } from './fixes';
export { languageName } from './language';

/** True for a TS/JS/Python file that mentions a WhatsApp transport or an LLM SDK (parsers loaded). */
export function isBotCode(absPath: string, text: () => string): boolean {
  return CODE_FILE.test(absPath) && codeParsersReady() && looksLikeBotCode(absPath, text);
}

export const codeProject: ProjectAdapter = {
  root: (uri, host) => codeRoot(uri, host),
  files: (root, host) => codeFiles(root, host),
  parse: (root, files) => parseCodeProject(root, files),
};
