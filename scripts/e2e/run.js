#!/usr/bin/env node
// Offline end-to-end run (`npm run test:e2e`):
//   1. installs code-server (Code-OSS 1.100.3) into .cache/e2e on first use, reuses it after;
//   2. runs the mocha integration suite (client/test/suite) inside Code-OSS's extension host,
//      opened in Debian's Chromium by playwright-core, on three workspaces: a trusted folder
//      with bot files, a folder without any, the bot folder untrusted (Restricted Mode), and the bot folder
//      with the display language pt-br (a minimal pt-br language pack is built and installed first,
//      scripts/e2e/language-pack.js);
//   3. drives the workbench UI like a person (squiggle, hover, Problems panel, lightbulb fix)
//      and takes screenshots (test-results/e2e/screenshots; with --update-screenshots also
//      docs/images);
//   4. checks a second LSP client: headless Neovim talking to dist/server.js over stdio;
//   5. checks the packaged VSIX as a user gets it (scripts/e2e/packaged.js): builds it, checks its
//      contents, installs it offline with code-server's CLI, and drives the workbench without
//      extensionDevelopmentPath.
// Prints one line per check and closes with `N passed, N failed`; exits 1 on any failure.
//
// Options: --only suite,ui,nvim,packaged (ui-locale: only the pt-br UI check)   --scenario main,plain,restricted,locale
//          --update-screenshots
//          --keep (keep the temp workspaces)   env WA_E2E_GREP=<mocha grep>, WA_E2E_VSIX=<file>
'use strict';
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const { install } = require('./install-code-server');
const { installLanguagePack } = require('./language-pack');

const ROOT = path.resolve(__dirname, '..', '..');
// The extension under test (the repo itself; another folder only to debug the harness).
const EXT = path.resolve(process.env.WA_E2E_EXTENSION || ROOT);
const OUT = path.join(ROOT, 'test-results', 'e2e');
const FIXTURES = path.join(ROOT, 'client', 'test', 'fixtures');
const SUITE = path.join(ROOT, 'out', 'e2e', 'suite', 'index.js');
const TOTAL_TIMEOUT_MS = Number(process.env.WA_E2E_TIMEOUT_MS || 30 * 60_000);
const SCENARIO_TIMEOUT_MS = 8 * 60_000;

const argv = process.argv.slice(2);
function opt(name) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
const only = new Set((opt('only') || 'suite,ui,nvim,packaged').split(','));
// `locale` runs Code-OSS in pt-br: it sets vscode.env.language only when a language pack for it is installed,
// so the run builds a minimal one and installs it first (language-pack.js).
const scenarios = (opt('scenario') || 'main,plain,restricted,locale').split(',');
/** The display language of the `locale` scenario (code-server --locale and the browser's language). */
const SCENARIO_LOCALE = { locale: 'pt-br' };
const updateShots = argv.includes('--update-screenshots') || process.env.WA_E2E_UPDATE_SCREENSHOTS === '1';
const keep = argv.includes('--keep');

const results = []; // { title, state: passed|failed|skipped, error?, ms? }
const cleanups = [];
function record(title, state, error, ms) {
  results.push({ title, state, error, ms });
  const mark = state === 'passed' ? 'ok  ' : state === 'skipped' ? 'skip' : 'FAIL';
  process.stdout.write(`${mark} ${title}${ms !== undefined ? ` (${(ms / 1000).toFixed(1)}s)` : ''}\n`);
  if (error) process.stdout.write(`     ${String(error).split('\n').slice(0, 12).join('\n     ')}\n`);
}

async function cleanupAll() {
  while (cleanups.length) {
    const f = cleanups.pop();
    try {
      await f();
    } catch {
      /* best effort */
    }
  }
}

function summary() {
  const n = (s) => results.filter((r) => r.state === s).length;
  const skipped = n('skipped');
  process.stdout.write(`\n${n('passed')} passed, ${n('failed')} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  return n('failed') === 0 && n('passed') > 0;
}

function preflight() {
  const missing = ['dist/extension.js', 'dist/server.js', 'package.json'].filter(
    (p) => !fs.existsSync(path.join(EXT, p)),
  );
  if (missing.length) throw new Error(`missing ${missing.join(', ')}: run \`npm run build\` first`);
  if (only.has('suite') && !fs.existsSync(SUITE))
    throw new Error(`missing ${path.relative(ROOT, SUITE)}: run \`node scripts/e2e/build-suite.js\``);
}

async function newPage(browser, logFile, locale) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    ...(locale ? { locale } : {}),
  });
  await L.offlineOnly(context);
  const page = await context.newPage();
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  page.on('console', (m) => log.write(`[console.${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => log.write(`[pageerror] ${e.message}\n`));
  return { context, page, log };
}

function userSettings(dir) {
  const user = path.join(dir, 'User');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'git.enabled': false,
        'editor.minimap.enabled': false,
        'window.commandCenter': false,
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
        'security.workspace.trust.emptyWindow': false,
      },
      null,
      2,
    ),
  );
}

/** Runs the mocha suite for one scenario inside Code-OSS and records its tests. */
async function runScenario(browser, pkg, tmp, scenario) {
  const fixture = scenario === 'plain' ? 'plain-workspace' : 'bot-workspace';
  const workspace = L.copyDir(path.join(FIXTURES, fixture), path.join(tmp, `ws-${scenario}`));
  const resultsFile = path.join(tmp, `results-${scenario}.json`);
  const ud = path.join(tmp, `ud-${scenario}`);
  userSettings(ud);
  const t0 = Date.now();
  const extensionsDir = path.join(tmp, `ext-${scenario}`);
  const locale = SCENARIO_LOCALE[scenario];
  if (locale) {
    const logFile = path.join(OUT, `language-pack-${scenario}.log`);
    const pack = await installLanguagePack({
      browser,
      pkg,
      tmp,
      locale,
      userDataDir: ud,
      extensionsDir,
      workspace,
      logFile,
    });
    process.stdout.write(`     ${locale} language pack built and installed in ${(pack.ms / 1000).toFixed(1)}s\n`);
  }
  const server = await L.startCodeServer({
    pkg,
    workspace,
    trust: scenario !== 'restricted',
    env: {
      WA_E2E_SCENARIO: scenario,
      WA_E2E_RESULTS: resultsFile,
      ...(process.env.WA_E2E_GREP ? { WA_E2E_GREP: process.env.WA_E2E_GREP } : {}),
    },
    userDataDir: ud,
    extensionsDir,
    locale,
    logFile: path.join(OUT, `code-server-${scenario}.log`),
  });
  cleanups.push(server.stop);
  const { context, page, log } = await newPage(
    browser,
    path.join(OUT, `workbench-${scenario}.log`),
    SCENARIO_LOCALE[scenario],
  );
  cleanups.push(() => context.close());
  let exitCode;
  try {
    let done;
    const exited = new Promise((r) => {
      done = r;
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      done(code);
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      log.write(`[ext ${type}] ${(args || []).join(' ')}\n`);
    });
    await page.goto(L.workbenchUrl(server, workspace, { extensionPath: EXT, testsPath: SUITE }), { timeout: 120_000 });
    exitCode = await L.withTimeout(exited, SCENARIO_TIMEOUT_MS, `suite ${scenario}`);
  } catch (e) {
    record(`suite[${scenario}] ran to the end`, 'failed', e.message, Date.now() - t0);
    await page.screenshot({ path: path.join(OUT, `suite-${scenario}-timeout.png`) }).catch(() => {});
  } finally {
    await context.close().catch(() => {});
    log.end();
    await server.stop();
  }
  if (fs.existsSync(resultsFile)) {
    const { results: rs } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    for (const r of rs)
      record(`suite[${scenario}] ${r.title}`, r.state === 'pending' ? 'skipped' : r.state, r.error, r.ms);
    if (!rs.length) record(`suite[${scenario}] had tests`, 'failed', 'mocha ran no test');
    if (exitCode !== undefined && exitCode !== 0 && !rs.some((r) => r.state === 'failed')) {
      record(
        `suite[${scenario}] exit code`,
        'failed',
        `codeAutomationExit(${exitCode}) without a failed test: see test-results/e2e/workbench-${scenario}.log`,
      );
    }
  } else if (exitCode !== undefined) {
    record(
      `suite[${scenario}] reported its results`,
      'failed',
      `exit code ${exitCode} and no results file: the suite did not load; see test-results/e2e/workbench-${scenario}.log`,
    );
  }
  process.stdout.write(`     suite[${scenario}] took ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
}

async function main() {
  const started = Date.now();
  const watchdog = setTimeout(async () => {
    record('whole e2e run within its time limit', 'failed', `still running after ${TOTAL_TIMEOUT_MS / 60000} min`);
    await cleanupAll();
    summary();
    process.exit(1);
  }, TOTAL_TIMEOUT_MS);
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, async () => {
      await cleanupAll();
      process.exit(130);
    });

  fs.mkdirSync(OUT, { recursive: true });
  preflight();
  const tmp = L.mkTemp('wa-e2e-');
  if (!keep) cleanups.unshift(() => fs.rmSync(tmp, { recursive: true, force: true }));
  else process.stdout.write(`temp folder kept: ${tmp}\n`);

  let pkg;
  if (only.has('suite') || only.has('ui') || only.has('ui-locale') || only.has('packaged')) {
    const t = Date.now();
    pkg = install();
    process.stdout.write(`code-server ready in ${((Date.now() - t) / 1000).toFixed(1)}s\n`);
  }

  let browser;
  if (pkg) {
    browser = await L.launchBrowser();
    cleanups.push(() => browser.close());
  }

  if (only.has('suite')) {
    for (const s of scenarios) {
      try {
        await runScenario(browser, pkg, tmp, s);
      } catch (e) {
        record(`suite[${s}] started`, 'failed', e.stack || e.message);
      }
    }
  }
  // What the browser-driven checks (UI and packaged VSIX) share.
  const uiArgs = {
    browser,
    pkg,
    tmp,
    root: ROOT,
    extensionPath: EXT,
    fixtures: FIXTURES,
    out: OUT,
    updateShots,
    record,
    cleanups,
    userSettings,
  };
  if (only.has('ui') || only.has('ui-locale')) {
    const { runUi, runUiRestricted, runUiLocale } = require('./ui');
    if (only.has('ui')) {
      try {
        await runUi(uiArgs);
      } catch (e) {
        record('ui checks ran', 'failed', e.stack || e.message);
      }
      try {
        await runUiRestricted(uiArgs);
      } catch (e) {
        record('ui Restricted Mode check ran', 'failed', e.stack || e.message);
      }
    }
    if (only.has('ui') || only.has('ui-locale'))
      try {
        await runUiLocale(uiArgs);
      } catch (e) {
        record('ui pt-br check ran', 'failed', e.stack || e.message);
      }
  }
  if (only.has('nvim')) {
    const { runNeovim, runNeovimInit } = require('./neovim');
    try {
      await runNeovim({ root: EXT, fixtures: FIXTURES, tmp, out: OUT, record });
    } catch (e) {
      record('neovim check ran', 'failed', e.stack || e.message);
    }
    try {
      await runNeovimInit({ root: EXT, fixtures: FIXTURES, tmp, out: OUT, record });
    } catch (e) {
      record('neovim init check ran', 'failed', e.stack || e.message);
    }
  }
  if (only.has('packaged')) {
    const { runPackaged } = require('./packaged');
    try {
      await runPackaged(uiArgs);
    } catch (e) {
      record('packaged checks ran', 'failed', e.stack || e.message);
    }
  }

  clearTimeout(watchdog);
  await cleanupAll();
  process.stdout.write(`\ne2e run took ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  return summary();
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  async (e) => {
    record('e2e run', 'failed', e.stack || e.message);
    await cleanupAll();
    summary();
    process.exit(1);
  },
);
