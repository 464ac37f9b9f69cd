#!/usr/bin/env node
// Bundles the integration suite (client/test/suite) into out/e2e/suite/index.js, mocha included,
// `vscode` left to the extension host. Kept apart from esbuild.js: the suite files are named
// *.e2e.ts so that the unit-test build (which takes *.test.ts) and `npm test` never see them.
'use strict';
const esbuild = require('esbuild');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..', '..');
const typecheck = !process.argv.includes('--no-typecheck');

(async () => {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: 'client/test/suite/index.ts' },
    outdir: 'out/e2e/suite',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', './worker.cjs', './reporters/parallel-buffered.cjs'],
    logLevel: 'warning',
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  if (typecheck) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'client/test/tsconfig.json'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
})().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
