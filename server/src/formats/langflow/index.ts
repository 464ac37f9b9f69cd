import type { FormatAdapter } from '../types';
import { looksLikeLangflow, parseLangflow } from './parse';
import { MESSAGING_SEND } from '../shared/handoff';

export const langflow: FormatAdapter = {
  kind: 'langflow',
  title: 'Langflow flow',
  activation: ['**/*langflow*.json'],
  detect: (f) => {
    if (!/\.json$/i.test(f.base) || !looksLikeLangflow(f.head())) return false;
    // A flow with no chat input or output (a webhook or schedule data job) talks to no one, unless it messages people.
    if (!/"type"\s*:\s*"Chat(Input|Output)"/.test(f.text()) && !MESSAGING_SEND.test(f.text()))
      return 'a Langflow flow with no Chat Input or Chat Output component (a data job): not a chat bot';
    return true;
  },
  testData: true,
  parse: parseLangflow,
};
