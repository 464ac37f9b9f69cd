import { dirOf, join } from '../../model/uri';
import type { DetectFile } from '../types';

/** Folders where a code project keeps its tests and the data they load. */
const TEST_DIRS = /^(tests?|__tests__|spec|specs|fixtures|__fixtures__|testdata|test_data|test-data)$/i;
/** Files that make a folder the root of a code project (a library, an app), not a bot export. */
const MANIFESTS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'package.json', 'go.mod', 'Cargo.toml', 'pom.xml'];

/**
 * Why an export is test data, or undefined: it sits in a test folder (`tests/data/flow.json`) of a code project
 * whose manifest is beside that folder. Such a file is loaded by the project's tests; it is deployed nowhere. Only
 * folders inside the file's relative path count, so a workspace opened on the test folder itself still lints it.
 */
export function testDataReason(file: DetectFile): string | undefined {
  const dirs = file.relPath.split('/').filter(Boolean).slice(0, -1);
  let holder = dirOf(file.uri);
  for (let i = dirs.length - 1; i >= 0; i--) {
    holder = dirOf(holder);
    if (!TEST_DIRS.test(dirs[i])) continue;
    const manifest = MANIFESTS.find((m) => file.host.readFile(join(holder, m)) !== undefined);
    if (manifest)
      return `test data of a code project: it is under ${dirs[i]}/ beside ${manifest}, loaded by its tests, not a deployed bot`;
  }
  return undefined;
}
