/** WhatsApp bots written in code (TypeScript, JavaScript, Python): detection and the project adapter. */
import { emptyModel } from '../../model/types';
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
  parse(root, files) {
    try {
      return parseCodeProject(root, files);
    } catch (e) {
      // A reader bug must not take the linter down: the file gets a finding that says it was not checked.
      const model = emptyModel('code', files[0]?.uri ?? root);
      model.files = files.map((f) => f.uri);
      for (const f of files) if (CODE_FILE.test(f.uri)) model.issues.push({ message: `The code could not be analysed (${(e as Error).message}).`, ref: { uri: f.uri, span: { start: 0, end: Math.min(1, f.text.length) } }, severity: 'error' });
      return model;
    }
  },
};
