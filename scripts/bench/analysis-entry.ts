// Bundled on the fly by scripts/bench.js (esbuild) to time the prompt analysis in-process.
// Not part of the extension build. The bench times `analyzeUncached`: `analyzePrompt` answers a text it
// has analysed before from its result cache, which would time the cache, not the analysis.
export { analyzePrompt, analyzeUncached } from '../../server/src/analysis/index';
