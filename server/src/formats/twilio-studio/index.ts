import type { FormatAdapter } from '../types';
import { functionFiles, readFunctions } from './functions';
import { twilioHandoffFix } from './handoffFix';
import { looksLikeTwilioStudio, parseTwilioStudio } from './parse';
import { voiceOnlyFlow } from './voice';

export const twilioStudio: FormatAdapter = {
  kind: 'twilio-studio',
  title: 'Twilio Studio flow',
  activation: ['**/studio-flow*.json'],
  // A voice-only flow is said to be no chat bot (`--explain-skips`), not linted.
  detect: (f) => /\.json$/i.test(f.base) && looksLikeTwilioStudio(f.head()) && (voiceOnlyFlow(f.text()) ?? true),
  parse: parseTwilioStudio,
  // A flow is read with the Twilio Functions of the Serverless project it sits in (`functions/*.js`): the prompt
  // of a `run-function` widget is in their code. The flow file is its own root: two flows never share a model.
  project: {
    root: (uri) => uri,
    files: (root, host) => [root, ...functionFiles(root, host)],
    parse: (root, files) => {
      const flow = files.find((f) => f.uri === root);
      const { functions, issues } = readFunctions(root, files);
      const model = parseTwilioStudio(root, flow?.text ?? '', functions);
      model.issues.push(...issues);
      return model;
    },
  },
  fixes: { addHumanPath: (model, ctx) => twilioHandoffFix(ctx, model) },
};
