// Bundled on the fly by scripts/bench.js (esbuild) to time the prompt analysis in-process.
// Not part of the extension build.
export { analyzePrompt } from '../../server/src/analysis/index';
