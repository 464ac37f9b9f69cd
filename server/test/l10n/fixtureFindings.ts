import * as fs from 'node:fs';
import * as path from 'node:path';
import { toUri } from '../../src/model/uri';
import { createPolicyService, type Finding } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

/** Every finding of every file under test-fixtures/, linted in `locale`. */
export function fixtureFindings(locale: string): Finding[] {
  const service = createPolicyService({ host: testHost(), locale });
  const out: Finding[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== 'expected.json') out.push(...(service.lint(toUri(p))?.findings ?? []));
    }
  };
  walk(path.join(REPO, 'test-fixtures'));
  return out;
}
