// `npm run train`: bundles the TypeScript trainer (server/src/analysis/classifier/training) and runs it.
// Flags: --errors lists the misclassified held-out clauses.
const esbuild = require('esbuild');
const path = require('path');

const root = path.join(__dirname, '..');
const outfile = path.join(root, 'out', 'train', 'train.js');
esbuild.buildSync({
  entryPoints: [path.join(root, 'server/src/analysis/classifier/training/main.ts')],
  outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning',
});
require(outfile).main(root, process.argv.slice(2));
