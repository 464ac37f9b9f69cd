import { dirOf, join } from '../../model/uri';
import type { DetectFile } from '../types';

/** Folders where a code project keeps its tests and the data they load. */
const TEST_DIRS = /^(tests?|__tests__|spec|specs|fixtures|__fixtures__|testdata|test_data|test-data)$/i;
/**
 * Folders of template galleries: Flowise's `packages/server/marketplaces/`, Langflow's `starter_projects/`, a
 * `template-gallery/`. Every flow in them is a starting point with blanks to fill, deployed by no one as it is.
 */
const GALLERY_DIRS = /^(marketplaces?|starter[_-]?projects|templates?[_-]gallery|template[_-]?library)$/i;
/** Files that make a folder the root of a code project (a library, an app), not a bot export. */
const MANIFESTS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'package.json', 'go.mod', 'Cargo.toml', 'pom.xml'];

/** Test code by its name (`openaiBlock.test.ts`, `flow.spec.js`, `test_flow.py`, `flow_test.go`). */
const TEST_CODE = /(?:^|\/)(?:[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|test_[^/]+\.py|[^/]+_test\.(?:py|go))$/i;
/** Source folders a test folder sits in (`src/test/`, Maven's `src/test/resources/`): the manifest is beside them. */
const SOURCE_DIRS = /^(src|source|app|lib)$/i;
/** Files of a test folder looked at for test code (a bound on the listing). */
const TEST_LIST_LIMIT = 200;

/**
 * Why an export is test data, or undefined: it sits in a test folder (`tests/data/flow.json`) of a code project
 * whose manifest is beside that folder, or in a test folder whose test code names the file by its path
 * (`__tests__/block.test.ts` importing `./fixtures/bot.json`, in a monorepo whose manifest is further up or not
 * checked in with it), or by its path inside a test assets folder (`getTestAsset('bots/openai/chat.json')`). A test
 * folder inside a source folder (`src/test/`) counts with the manifest beside the source folder. Such a
 * file is loaded by the project's tests; it is deployed nowhere. Only folders inside the file's relative path
 * count, so a workspace opened on the test folder itself still lints it. An export in a template gallery's folder
 * (`marketplaces/chatflows/x.json`) is no deployed bot either.
 */
export function testDataReason(file: DetectFile): string | undefined {
  const dirs = file.relPath.split('/').filter(Boolean).slice(0, -1);
  const gallery = dirs.find((d) => GALLERY_DIRS.test(d));
  if (gallery)
    return `a template of a gallery (it is under ${gallery}/, where a platform's source or an app keeps the flows users start from), not a deployed bot`;
  let holder = dirOf(file.uri);
  for (let i = dirs.length - 1; i >= 0; i--) {
    holder = dirOf(holder);
    if (!TEST_DIRS.test(dirs[i])) continue;
    const manifest = manifestBeside(file, holder, dirs[i - 1]);
    if (manifest)
      return `test data of a code project: it is under ${dirs[i]}/ beside ${manifest}, loaded by its tests, not a deployed bot`;
    const spec = testCodeIn(file, join(holder, dirs[i]));
    if (spec)
      return `test data of a code project: it is under ${dirs[i]}/, whose test code (${spec}) loads it, not a deployed bot`;
    const sibling = testCodeBeside(file, holder, dirs[i]);
    if (sibling)
      return `test data of a code project: it is under ${dirs[i]}/, and the test code beside it (${sibling}) loads it, not a deployed bot`;
    const spread = SOURCE_DIRS.test(dirs[i - 1] ?? '') ? testCodeInSource(file, holder, dirs[i]) : undefined;
    if (spread)
      return `test data of a code project: it is under ${dirs[i - 1]}/${dirs[i]}/, and test code in ${dirs[i - 1]}/ (${spread}) loads it, not a deployed bot`;
  }
  return undefined;
}

/**
 * The manifest beside a test folder (`holder` is the folder that holds it), or beside the source folder that holds
 * the test folder (`app/package.json` for `app/src/test/`), by its path from the test folder's holder.
 */
function manifestBeside(file: DetectFile, holder: string, holderName: string | undefined): string | undefined {
  const beside = MANIFESTS.find((m) => file.host.readFile(join(holder, m)) !== undefined);
  if (beside || !holderName || !SOURCE_DIRS.test(holderName)) return beside;
  const above = MANIFESTS.find((m) => file.host.readFile(join(dirOf(holder), m)) !== undefined);
  return above && `${holderName}/ and ${above}`;
}

/** Test code files read per test folder (a bound on the reads). */
const TEST_READ_LIMIT = 20;

/**
 * The name of a test code file in a test folder (at any depth) that names the export by its path from the test
 * code's own folder (`import bot from './fixtures/bots/chat.json'`) or by the end of that path with at least its
 * folder (`getTestAsset('bots/chat.json')` for `assets/bots/chat.json`), or undefined.
 */
function testCodeIn(file: DetectFile, dir: string): string | undefined {
  const hit = file.host
    .listFiles(dir, TEST_LIST_LIMIT)
    .filter((u) => TEST_CODE.test(u) && file.uri.startsWith(dirOf(u) + '/'))
    .slice(0, TEST_READ_LIMIT)
    .find((u) => namesPath(file.host.readFile(u), decodeURIComponent(file.uri.slice(dirOf(u).length + 1))));
  return hit?.slice(hit.lastIndexOf('/') + 1);
}

/** Test folders beside a fixtures folder whose test code loads the fixtures (`e2e/tests/` beside `e2e/fixtures/`). */
const SIBLING_TEST_DIRS = ['tests', 'test', '__tests__', 'spec', 'specs', 'e2e'];

/**
 * The test code in a test folder beside the export's test folder (`packages/e2e/tests/openai.spec.ts` for
 * `packages/e2e/fixtures/typebots/openai/chat.json`) that names the export by the end of its path inside its own
 * test folder, with at least its folder (`getTestAsset('typebots/openai/chat.json')`), or undefined.
 */
function testCodeBeside(file: DetectFile, holder: string, testDir: string): string | undefined {
  const own = join(holder, testDir);
  const path = decodeURIComponent(file.uri.slice(own.length + 1));
  for (const name of SIBLING_TEST_DIRS) {
    if (name.toLowerCase() === testDir.toLowerCase()) continue;
    const hit = file.host
      .listFiles(join(holder, name), TEST_LIST_LIMIT)
      .filter((u) => TEST_CODE.test(u))
      .slice(0, TEST_READ_LIMIT)
      .find((u) => namesPath(file.host.readFile(u), path));
    if (hit) return `${name}/${hit.slice(hit.lastIndexOf('/') + 1)}`;
  }
  return undefined;
}

/** Files of a source folder listed when looking for its specs (a bound on the listing). */
const SOURCE_LIST_LIMIT = 2000;

/**
 * The test code anywhere in the source folder that holds the export's test folder (`src/features/blocks/openai/
 * openai.spec.ts` for `src/test/assets/bots/chat.json`: specs kept beside the features they test, the test folder
 * keeping only their assets) that names the export by the end of its path inside the test folder, with at least its
 * folder (`getTestAsset('bots/chat.json')`), or undefined. Its path from the source folder, or undefined.
 */
function testCodeInSource(file: DetectFile, source: string, testDir: string): string | undefined {
  const path = decodeURIComponent(file.uri.slice(join(source, testDir).length + 1));
  const hit = file.host
    .listFiles(source, SOURCE_LIST_LIMIT)
    .filter((u) => TEST_CODE.test(u))
    .slice(0, TEST_READ_LIMIT)
    .find((u) => namesPath(file.host.readFile(u), path));
  return hit && decodeURIComponent(hit.slice(source.length + 1));
}

/** True when `code` holds `path` or one of its ends of two or more parts (`bots/chat.json` of `assets/bots/chat.json`). */
function namesPath(code: string | undefined, path: string): boolean {
  if (!code) return false;
  const parts = path.split('/');
  for (let i = 0; i <= parts.length - 2; i++) if (code.includes(parts.slice(i).join('/'))) return true;
  return false;
}
