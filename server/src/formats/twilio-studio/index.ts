import type { FormatAdapter } from '../types';
import { twilioHandoffFix } from './handoffFix';
import { looksLikeTwilioStudio, parseTwilioStudio } from './parse';

export const twilioStudio: FormatAdapter = {
  kind: 'twilio-studio',
  title: 'Twilio Studio flow',
  activation: ['**/studio-flow*.json'],
  detect: (f) => /\.json$/i.test(f.base) && looksLikeTwilioStudio(f.head()),
  parse: parseTwilioStudio,
  fixes: { addHumanPath: (model, ctx) => twilioHandoffFix(ctx, model) },
};
