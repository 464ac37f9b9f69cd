'use strict';
// Shared helpers for the offline end-to-end runs: start code-server (Code-OSS 1.100.3)
// on 127.0.0.1, open its workbench in Debian's Chromium through playwright-core, and
// clean every process up. Nothing here talks to any host other than 127.0.0.1.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

function log(...args) {
  process.stderr.write(`[e2e] ${args.join(' ')}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function findChromium() {
  const cands = [
    process.env.WA_E2E_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  const found = cands.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set WA_E2E_CHROMIUM)');
  return found;
}

/** Copies a folder recursively (fixture workspaces are small). */
function copyDir(src, dst) {
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}

function mkTemp(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts code-server. Returns { port, url, stop(), output() }.
 * trust=false leaves workspace trust on, so a fresh folder opens in Restricted Mode; locale sets the display language.
 */
async function startCodeServer({
  pkg,
  workspace,
  trust = true,
  env = {},
  userDataDir,
  extensionsDir,
  logFile,
  locale,
}) {
  const port = await freePort();
  const args = [
    path.join(pkg, 'out', 'node', 'entry.js'),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
  if (trust) args.push('--disable-workspace-trust');
  if (locale) args.push('--locale', locale);
  args.push(workspace);
  const out = [];
  const logStream = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: stop() kills code-server and its extension hosts together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // no extension gallery, nothing to fetch
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
      VSCODE_PROXY_URI: '',
      ...env,
    },
  });
  const onData = (d) => {
    out.push(d.toString());
    if (logStream) logStream.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  child.on('exit', (code, sig) => {
    exited = { code, sig };
  });

  const stop = async () => {
    if (exited) {
      if (logStream) logStream.end();
      return;
    }
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
    for (let i = 0; i < 30 && !exited; i++) await sleep(100);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    if (logStream) logStream.end();
  };

  // wait until it answers HTTP
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${out.join('')}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start in 60s:\n${out.join('')}`);
    }
    await sleep(250);
  }
  return { port, url, pid: child.pid, stop, output: () => out.join('') };
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

/** URL of the workbench for a folder, with an optional test-web style payload. */
function workbenchUrl(server, folder, { extensionPath, testsPath } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  let u = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

/** Blocks the page from any host other than 127.0.0.1/localhost. */
async function offlineOnly(context) {
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u) || /^(data|blob|vscode-|about):/.test(u))
      return route.continue();
    return route.abort();
  });
}

/** A promise that rejects after ms, and a way to race with it. */
function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      t = setTimeout(() => reject(new Error(`timeout after ${ms / 1000}s: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Workbench actions shared by the UI checks: open a file through Quick Open, put the cursor on a
 * squiggle (clicking the decoration itself).
 */
function workbench(page) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  async function openFile(name) {
    await page.keyboard.press('Escape');
    await page
      .locator('.monaco-workbench')
      .click({ position: { x: 640, y: 400 } })
      .catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    // wait for the file's own row at the top: under load the list can still show the recently opened files
    await page
      .locator('.quick-input-widget .monaco-list-row[data-index="0"]', { hasText: path.basename(name) })
      .first()
      .waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page
      .locator(`.tabs-container .tab.active[aria-label*="${name}"], .tabs-container .tab.active:has-text("${name}")`)
      .first()
      .waitFor({ state: 'visible' });
    await editor.locator('.view-lines').waitFor({ state: 'visible' });
  }
  async function clickSquiggle(kind) {
    const sq = editor.locator(`.squiggly-${kind}`).first();
    await sq.waitFor({ state: 'attached' });
    const box = await sq.boundingBox();
    if (!box) throw new Error(`no box for .squiggly-${kind}`);
    await page.mouse.click(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
    return box;
  }
  /**
   * Opens the quick-fix menu on the first squiggle of `kind` (the lightbulb in the margin, or Ctrl+.
   * when the bulb cannot be clicked) and focuses the item matching `title`; the caller presses Enter.
   */
  async function focusQuickFix(kind, title, log) {
    await editor.locator(`.squiggly-${kind}`).first().waitFor({ state: 'attached', timeout: 45_000 });
    await clickSquiggle(kind);
    await page.waitForTimeout(300);
    const bulb = page.locator('.editor-instance .lightBulbWidget').first();
    try {
      await bulb.waitFor({ state: 'visible', timeout: 10_000 });
      await bulb.click();
      log?.write('[e2e] opened the quick-fix menu by clicking the lightbulb\n');
    } catch {
      log?.write('[e2e] lightbulb not clickable: opened the quick-fix menu with Ctrl+.\n');
      await page.keyboard.press('Control+.');
    }
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible' });
    await menu.locator('.monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
    // the menu sits under a pointer block: choose with the keyboard, as a person using Ctrl+. does
    const rows = await menu.locator('.monaco-list-row').count();
    for (let i = 0; i <= rows; i++) {
      const focused = await menu
        .locator('.monaco-list-row.focused')
        .getAttribute('aria-label', { timeout: 2_000 })
        .catch(() => null);
      if (focused && title.test(focused)) {
        log?.write(`[e2e] chose the quick fix "${focused}"\n`);
        break;
      }
      if (i === rows) throw new Error(`could not focus the fix in the menu: ${(await menu.innerText()).slice(0, 300)}`);
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(100);
    }
    return menu;
  }
  return { editor, openFile, clickSquiggle, focusQuickFix };
}

module.exports = {
  workbench,
  CHROMIUM_ARGS,
  log,
  freePort,
  sleep,
  findChromium,
  copyDir,
  mkTemp,
  startCodeServer,
  launchBrowser,
  workbenchUrl,
  offlineOnly,
  withTimeout,
  hasCommand,
};
