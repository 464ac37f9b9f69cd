// Runs every bundled node:test file under out/test (Node 20's --test takes no globs).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function find(dir, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) find(p, acc);
    else if (e.name.endsWith('.test.js')) acc.push(p);
  }
  return acc;
}

const filter = process.argv[2];
// The robustness suite is slow (minutes): it runs through `npm run test:robustness` (scripts/run-robustness.js).
const robust = `${path.sep}robustness${path.sep}`;
const files = find(path.join(__dirname, '..', 'out', 'test', 'server'))
  .filter((f) => (filter ? f.includes(filter) : !f.includes(robust)))
  .sort();
if (!files.length) {
  console.error('no test files found under out/test/server: run `npm run build` first');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
