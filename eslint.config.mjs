// ESLint flat config: typescript-eslint's recommended rules, the size limits of the style guide, and the
// boundary of the pure core (only lsp/ and server.ts may import the LSP connection library).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.cache/**',
      '.vscode-test/**',
      'test-results/**',
      '**/*.d.ts',
      'test-fixtures/**',
      'client/test/fixtures/**',
      '**/fixtures/**',
      'server/test/code/blind5/c1/**',
      'server/test/code/blind6/c2/**',
      'server/test/formats/blind6flow/f1/**',
      'server/test/formats/blind7flow/f2/**',
      'server/test/formats/blind8flow/f3/**',
      'server/test/formats/blind9flow/f4/**',
      'server/test/formats/blind11flow/f6/**',
      'server/test/code/blind11/c5/**',
      'server/test/formats/blind12flow/f7/**',
      'server/test/code/blind12/c6/**',
      'server/test/formats/blind13flow/f8/**',
      'server/test/code/blind13/c7/**',
      'server/test/code/dev12/d1/**',
      'server/test/formats/blind14flow/f9/**',
      'server/test/code/blind14/c8/**',
      'server/test/code/dev13/d2/**',
      'server/test/formats/blind15flow/f10/**',
      'server/test/code/blind15/c9/**',
      'server/test/formats/blind16flow/f11/**',
      'server/test/code/blind16/c10/**',
      'server/test/formats/blind17flow/f12/**',
      'server/test/code/blind17/c11/**',
      'server/test/formats/blind18flow/f13/**',
      'server/test/code/blind18/c12/**',
      'server/test/formats/blind19flow/f14/**',
      'server/test/code/blind19/c13/**',
      'server/test/code/blind20/c14/**',
      'server/test/formats/blind20flow/f15/**',
      'server/test/code/blind21/c15/**',
      'server/test/formats/blind21flow/f16/**',
      'server/test/code/blind22/c16/**',
      'server/test/formats/blind22flow/f17/**',
      'server/test/code/blind23/c17/**',
      'server/test/formats/blind23flow/f18/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/lsp/**', 'server/src/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode-languageserver', 'vscode-languageserver/*'],
              message: 'Only lsp/ and server.ts talk to the LSP connection; the core uses vscode-languageserver-types.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.js', 'esbuild.js', 'client/test/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
);
