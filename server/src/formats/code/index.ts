/** WhatsApp bots written in code (TypeScript, JavaScript, Python): the format adapter. */
import { emptyModel } from '../../model/types';
import { HASH_COMMENT, type FormatAdapter, type ProjectAdapter } from '../types';
import { parseCodeProject } from './adapter';
import { codeHandoffFix, codeOpenFixes } from './fixes';
import { CODE_FILE, isPython } from './language';
import { codeParsersReady, codeParsersWanted } from './parser';
import { codeFiles, codeRoot, looksLikeBotCode } from './project';
import { flowRunningFunction } from '../twilio-studio/functionOwner';

export { codeParsersLoading, loadCodeParsers, loadCodeParsersOnDemand, withCodeParsersOnDemand } from './parser';

/** A code file, and the code parsers are not loaded yet: a lint now would not read it as code. */
export function waitsForCodeParsers(uri: string): boolean {
  return !codeParsersReady() && CODE_FILE.test(uri);
}
export { languageName } from './language';

const codeProject: ProjectAdapter = {
  root: (uri, host) => codeRoot(uri, host),
  files: (root, host) => codeFiles(root, host),
  parse(root, files) {
    try {
      return parseCodeProject(root, files);
    } catch (e) {
      // A reader bug must not take the linter down: the file gets a finding that says it was not checked.
      const model = emptyModel('code', files[0]?.uri ?? root);
      model.files = files.map((f) => f.uri);
      for (const f of files)
        if (CODE_FILE.test(f.uri))
          model.issues.push({
            message: `The code could not be analysed (${(e as Error).message}).`,
            ref: { uri: f.uri, span: { start: 0, end: Math.min(1, f.text.length) } },
            severity: 'error',
          });
      return model;
    }
  },
};

export const code: FormatAdapter = {
  kind: 'code',
  title: 'Bot written in code',
  // The client activates on the TypeScript, JavaScript and Python languages (onLanguage:), not on file globs:
  // a workspace with any .py file is not a bot workspace.
  activation: [],
  detect: (f) => {
    if (!CODE_FILE.test(f.base) || !looksLikeBotCode(f.absPath, f.text)) return false;
    // A Twilio Function that a Studio flow runs is read with that flow (twilio-studio/functions.ts).
    const flow = flowRunningFunction(f.uri, f.host);
    if (flow) return `a Twilio Function run by the Studio flow ${flow}: it is checked with that flow`;
    // Parsers are loaded by every entry point (loadCodeParsers) before linting, or on demand (the language server:
    // the file is checked again once they are loaded); a load failure lands here.
    if (codeParsersReady()) return true;
    return codeParsersWanted()
      ? 'code that mentions a WhatsApp library or an LLM SDK: the code parsers (tree-sitter wasm) are loading'
      : 'code that mentions a WhatsApp library or an LLM SDK, but the code parsers (tree-sitter wasm) could not be loaded';
  },
  project: codeProject,
  commentStyle: (uri) => (isPython(uri) ? HASH_COMMENT : { open: '// ', close: '' }),
  fixes: {
    closeOpenNode: (node, model, _ctx, texts) => codeOpenFixes(node, model, texts),
    addHumanPath: (model, _ctx, _reached, instruction) => codeHandoffFix(model, instruction),
  },
};
