// Entry of the integration suite: the module that an extension host loads as
// `extensionTestsPath` (both under @vscode/test-electron and under Code-OSS in code-server).
// Mocha is bundled in (see scripts/e2e/build-suite.js), the test files are required here so
// that they register with this mocha instance.
//
// WA_E2E_SCENARIO picks the tests that fit the workspace the host was opened on:
//   main        a trusted folder with bot files (client/test/fixtures/bot-workspace)
//   plain       a folder with no bot files   (client/test/fixtures/plain-workspace)
//   restricted  the bot folder, not trusted (Restricted Mode)
//   locale      the bot folder with the display language pt-br
// WA_E2E_RESULTS, if set, receives a JSON summary for the outer runner.
import Mocha from 'mocha';
import * as fs from 'fs';

interface Result {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  ms?: number;
  error?: string;
}

export function run(): Promise<void> {
  const scenario = process.env.WA_E2E_SCENARIO || 'main';
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.WA_E2E_GREP) mocha.grep(process.env.WA_E2E_GREP);
  mocha.suite.emit('pre-require', globalThis, 'wa-policy-e2e', mocha);
  switch (scenario) {
    case 'main':
      require('./activation.e2e');
      require('./diagnostics.e2e');
      require('./hover.e2e');
      require('./quickfix.e2e');
      require('./suppression.e2e');
      require('./config.e2e');
      require('./unrelated.e2e');
      require('./commands.e2e');
      require('./restart.e2e');
      break;
    case 'plain':
      require('./plain.e2e');
      break;
    case 'restricted':
      require('./restricted.e2e');
      break;
    case 'locale':
      require('./locale.e2e');
      break;
    default:
      return Promise.reject(new Error(`unknown WA_E2E_SCENARIO ${scenario}`));
  }

  const results: Result[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.WA_E2E_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ scenario, results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.length} tests failed in scenario ${scenario}`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err) =>
      results.push({ title: t.fullTitle(), state: 'failed', error: String((err && (err as Error).stack) || err) }),
    );
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
  });
}
