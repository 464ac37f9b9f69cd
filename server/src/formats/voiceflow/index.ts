import type { FormatAdapter } from '../types';
import { looksLikeVoiceflow, parseVoiceflow } from './parse';
import { looksLikeVoiceflowRuntime } from './programs';

export const voiceflow: FormatAdapter = {
  kind: 'voiceflow',
  title: 'Voiceflow project export',
  activation: ['**/*.vf', '**/*.vfr'],
  detect: (f) => {
    if (/\.vf$/i.test(f.base))
      return (
        looksLikeVoiceflow(f.head()) ||
        looksLikeVoiceflowRuntime(f.head()) ||
        'a .vf file without `diagrams` and `version.platformData`, or `programs` of `lines`, is not a Voiceflow export'
      );
    if (/\.vfr$/i.test(f.base))
      return (
        looksLikeVoiceflowRuntime(f.head()) ||
        'a .vfr file without `programs` of `lines` (the compiled runtime format) is not read: export the project as .vf'
      );
    return /\.json$/i.test(f.base) && looksLikeVoiceflow(f.head());
  },
  testData: true,
  parse: parseVoiceflow,
};
