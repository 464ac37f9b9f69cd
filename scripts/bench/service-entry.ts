// Bundled on the fly by scripts/bench/inproc.js (esbuild) to time lints of edited files in-process.
// Not part of the extension build.
export { createPolicyService } from '../../server/src/service/index';
export { createFsHost } from '../../server/src/nodeHost/fsHost';
export { toUri } from '../../server/src/model/uri';
