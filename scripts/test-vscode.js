#!/usr/bin/env node
// Runs the integration suite (client/test/suite, bundled to out/e2e/suite/index.js) in a real
// VS Code desktop downloaded by @vscode/test-electron: `npm run test:vscode`.
// Needs internet access to Microsoft's update servers (first run; cached in .vscode-test/).
// Offline, use `npm run test:e2e`: the same suite inside Code-OSS served by code-server.
// Scenarios as in scripts/e2e/run.js: main (trusted bot folder), plain (no bot files),
// restricted (bot folder, untrusted). VSCODE_TEST_VERSION picks the version (default: stable).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..');
const suite = path.join(root, 'out', 'e2e', 'suite', 'index.js');
const fixtures = path.join(root, 'client', 'test', 'fixtures');
const version = process.env.VSCODE_TEST_VERSION || 'stable';
const scenarios = (process.argv[2] || 'main,plain,restricted').split(',');

(async () => {
  if (!fs.existsSync(suite))
    throw new Error('out/e2e/suite/index.js is missing: run `node scripts/e2e/build-suite.js`');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-vscode-'));
  let failed = 0;
  let passed = 0;
  try {
    for (const scenario of scenarios) {
      const ws = path.join(tmp, `ws-${scenario}`);
      fs.cpSync(path.join(fixtures, scenario === 'plain' ? 'plain-workspace' : 'bot-workspace'), ws, {
        recursive: true,
      });
      const ud = path.join(tmp, `ud-${scenario}`);
      fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
      fs.writeFileSync(
        path.join(ud, 'User', 'settings.json'),
        JSON.stringify({
          'security.workspace.trust.startupPrompt': 'never',
          'workbench.startupEditor': 'none',
          'extensions.autoUpdate': false,
          'update.mode': 'none',
        }),
      );
      const launchArgs = [ws, '--disable-extensions', '--user-data-dir', ud, '--skip-welcome', '--skip-release-notes'];
      if (scenario !== 'restricted') launchArgs.push('--disable-workspace-trust');
      const results = path.join(tmp, `results-${scenario}.json`);
      let code;
      try {
        code = await runTests({
          version,
          extensionDevelopmentPath: root,
          extensionTestsPath: suite,
          launchArgs,
          extensionTestsEnv: { WA_E2E_SCENARIO: scenario, WA_E2E_RESULTS: results },
        });
      } catch (e) {
        code = 1;
        console.error(`scenario ${scenario}: ${e && e.message ? e.message : e}`);
      }
      if (fs.existsSync(results)) {
        for (const r of JSON.parse(fs.readFileSync(results, 'utf8')).results) {
          if (r.state === 'passed') passed++;
          if (r.state === 'failed') failed++;
        }
      } else if (code !== 0) failed++;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
