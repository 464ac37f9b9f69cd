import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { toUri } from '../../src/model/uri';
import { createFsHost } from '../../src/nodeHost/fsHost';
import { createPolicyService } from '../../src/service';

test('invalidating files changed on disk does not read them (a checkout names thousands)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-invalidate-'));
  try {
    const uris = Array.from({ length: 50 }, (_, i) => {
      const file = path.join(dir, `p${i}.system.md`);
      fs.writeFileSync(file, 'You are the order assistant of Acme Shop.\n');
      return toUri(file);
    });
    const disk = createFsHost();
    const reads: string[] = [];
    const host = { ...disk, readFile: (uri: string) => (reads.push(uri), disk.readFile(uri)) };
    const service = createPolicyService({ host });
    for (const uri of uris) service.invalidate(uri);
    assert.deepEqual(reads, []);
    // A file that is gone still has its parses dropped: asking about it reads nothing either.
    fs.rmSync(path.join(dir, 'p0.system.md'));
    service.invalidate(uris[0]);
    assert.equal(disk.exists(uris[0]), false);
    assert.equal(disk.exists(uris[1]), true);
    assert.deepEqual(reads, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
