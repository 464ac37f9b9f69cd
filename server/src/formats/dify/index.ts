import { HASH_COMMENT, type FormatAdapter } from '../types';
import { looksLikeDify, parseDify } from './parse';

export const dify: FormatAdapter = {
  kind: 'dify',
  title: 'Dify app DSL',
  activation: ['**/*.dify.yml', '**/dify/**/*.yml'],
  detect: (f) => /\.ya?ml$/i.test(f.base) && looksLikeDify(f.head()),
  parse: parseDify,
  commentStyle: () => HASH_COMMENT,
  yamlScalars: true,
};
