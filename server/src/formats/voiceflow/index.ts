import type { FormatAdapter } from '../types';
import { looksLikeVoiceflow, parseVoiceflow } from './parse';

export const voiceflow: FormatAdapter = {
  kind: 'voiceflow',
  title: 'Voiceflow project export',
  activation: ['**/*.vf'],
  detect: (f) => {
    if (/\.vf$/i.test(f.base))
      return (
        looksLikeVoiceflow(f.head()) ||
        'a .vf file without `diagrams` and `version.platformData` (a .vfr runtime file or an older export) is not read'
      );
    if (/\.vfr$/i.test(f.base))
      return 'a Voiceflow .vfr runtime file (compact `programs`, no diagrams) is not read yet: export the project as .vf';
    return /\.json$/i.test(f.base) && looksLikeVoiceflow(f.head());
  },
  parse: parseVoiceflow,
};
