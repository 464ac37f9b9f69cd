import type { FormatAdapter } from '../types';
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
  fixes: { addHumanPath: (model, ctx) => twilioHandoffFix(ctx, model) },
};
