import { HASH_COMMENT, type FormatAdapter } from '../types';
import { looksLikeDify, parseDify } from './parse';
import { MESSAGING_SEND } from '../shared/handoff';

export const dify: FormatAdapter = {
  kind: 'dify',
  title: 'Dify app DSL',
  activation: ['**/*.dify.yml', '**/dify/**/*.yml'],
  detect: (f) => {
    if (!/\.ya?ml$/i.test(f.base) || !looksLikeDify(f.head())) return false;
    // A workflow app runs once per input (a form, an API call) and has no conversation, unless it messages people.
    if (/^\s+mode:\s*['"]?workflow\b/m.test(f.head()) && !MESSAGING_SEND.test(f.head()))
      return 'a Dify workflow app (app.mode: workflow): it runs on an input and keeps no chat, so it is not a chat bot';
    return true;
  },
  parse: parseDify,
  commentStyle: () => HASH_COMMENT,
  yamlScalars: true,
};
