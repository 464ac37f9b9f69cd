'use strict';
// The packaged extension, as a user gets it: builds wa-policy-lint.vsix (`npm run package`, or reuses
// one newer than every input), checks what is inside it, installs it with code-server's own CLI into
// a temporary extensions folder with the network cut off, then starts code-server WITHOUT
// extensionDevelopmentPath on a copy of the bot workspace and checks in Chromium, like a person: the
// status bar item with counts, the Problems panel listing files that were never opened (workspace
// scan), squiggles, the hover with the clause, and the lightbulb fix. One line per check.
//
//   npm run test:e2e -- --only packaged            (WA_E2E_VSIX=<file> tests that VSIX instead)
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const L = require('./lib');

const SHOT = 'e2e-packaged.png';
const PACKAGE_TIMEOUT_MS = 180_000;
const INSTALL_TIMEOUT_MS = 60_000;

/** Newest modification time under the given files/folders (missing ones count as 0). */
function newestMtime(root, rels) {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const r of rels) walk(path.join(root, r));
  return newest;
}

/** Everything `npm run package` builds the VSIX from. */
const PACKAGE_INPUTS = [
  'client/src',
  'server/src',
  'package.json',
  'package-lock.json',
  'README.md',
  'LICENSE',
  '.vscodeignore',
  'esbuild.js',
  'schemas/policies.yaml',
  'scripts/gen-schemas.js',
  'CHANGELOG.md',
  'l10n',
  'images',
  'media',
  ...fs.readdirSync(path.resolve(__dirname, '..', '..')).filter((n) => /^package\.nls(\.[\w-]+)?\.json$/.test(n)),
];

/**
 * Returns { vsix, how }. `npm run package` runs `vscode:prepublish` (a minified build into dist/), so it
 * runs on a copy of the working tree (node_modules linked): the repo's dev build in dist/, which other
 * steps and other people's runs use, is never touched. The VSIX is then copied to the repo root, where
 * `npm run package` puts it.
 */
function buildVsix({ root, tmp, out }) {
  if (process.env.WA_E2E_VSIX) return { vsix: path.resolve(process.env.WA_E2E_VSIX), how: 'given by WA_E2E_VSIX' };
  const vsix = path.join(root, 'wa-policy-lint.vsix');
  if (fs.existsSync(vsix) && fs.statSync(vsix).mtimeMs > newestMtime(root, PACKAGE_INPUTS)) {
    return { vsix, how: 'reused: newer than its sources' };
  }
  const stage = path.join(tmp, 'stage');
  const skip = new Set(
    ['node_modules', '.git', '.cache', 'dist', 'out', 'test-results', '.vscode-test'].map((d) => path.join(root, d)),
  );
  fs.cpSync(root, stage, { recursive: true, filter: (src) => !skip.has(src) && !src.endsWith('.vsix') });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  const r = spawnSync('npm', ['run', '--silent', 'package'], {
    cwd: stage,
    encoding: 'utf8',
    timeout: PACKAGE_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  fs.writeFileSync(path.join(out, 'packaged-vsce.log'), `${r.stdout || ''}\n${r.stderr || ''}`);
  if (r.error) throw new Error(`npm run package: ${r.error.message}`);
  if (r.status !== 0)
    throw new Error(`npm run package exited ${r.status}:\n${(r.stderr || r.stdout || '').slice(-1500)}`);
  const built = path.join(stage, 'wa-policy-lint.vsix');
  if (!fs.existsSync(built)) throw new Error('npm run package made no wa-policy-lint.vsix');
  fs.copyFileSync(built, vsix);
  fs.rmSync(stage, { recursive: true, force: true });
  return { vsix, how: 'built by npm run package' };
}

/** The VSIX's entries, from `unzip -l` (as a person checking the archive would). */
function vsixEntries(vsix) {
  const r = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw new Error(`unzip: ${r.error.message} (apt-get install -y unzip)`);
  if (r.status !== 0) throw new Error(`unzip -l exited ${r.status}: ${r.stderr}`);
  const entries = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*(\d+)\s+\S+\s+\S+\s+(.+?)\s*$/.exec(line);
    if (m && !/^-+$/.test(m[2])) entries.push({ size: Number(m[1]), name: m[2] });
  }
  return entries;
}

function checkVsixContents(vsix, entries) {
  const allowed = [
    /^extension\.vsixmanifest$/,
    /^\[Content_Types\]\.xml$/,
    /^extension\/package\.json$/,
    /^extension\/readme\.md$/i,
    /^extension\/LICENSE(\.txt|\.md)?$/i,
    /^extension\/dist\/(extension|server|cli)\.js$/,
    /^extension\/schemas\/[^/]+\.(json|yaml)$/,
    // tree-sitter runtime and grammars for bots written in TS/JS/Python
    /^extension\/dist\/wasm\/tree-sitter(-[a-z]+)?\.wasm$/,
    /^extension\/changelog\.md$/i,
    /^extension\/package\.nls(\.[\w-]+)?\.json$/,
    /^extension\/l10n\/bundle\.l10n\.[\w-]+\.json$/,
    /^extension\/images\/icon\.png$/,
    /^extension\/media\/walkthrough\/[\w-]+\.md$/,
  ];
  const names = entries.map((e) => e.name);
  const extra = names.filter((n) => !n.endsWith('/') && !allowed.some((re) => re.test(n)));
  const required = [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/dist/cli.js',
    'extension/schemas/policies.yaml',
    'extension/schemas/wa-policy.schema.json',
    'extension.vsixmanifest',
    'extension/package.nls.json',
    'extension/package.nls.pt-br.json',
    'extension/l10n/bundle.l10n.pt-br.json',
  ];
  const missing = required.filter((n) => !names.includes(n));
  if (!names.some((n) => /^extension\/readme\.md$/i.test(n))) missing.push('extension/readme.md');
  if (!names.some((n) => /^extension\/LICENSE/i.test(n))) missing.push('extension/LICENSE');
  // the manifest must point at files that are in the archive
  const manifest = JSON.parse(
    spawnSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8', timeout: 30_000 }).stdout,
  );
  const inside = (p) => names.includes(`extension/${path.posix.normalize(p).replace(/^\.\//, '')}`);
  const walkthroughMedia = ((manifest.contributes || {}).walkthroughs || []).flatMap((w) =>
    w.steps.map((s) => s.media && s.media.markdown),
  );
  const refs = [
    manifest.main,
    manifest.icon,
    ...walkthroughMedia,
    ...((manifest.contributes || {}).yamlValidation || []).map((v) => v.url),
  ].filter(Boolean);
  const dangling = refs.filter((p) => !inside(p) && !inside(`${p}.js`));
  const problems = [];
  if (extra.length) problems.push(`unexpected files: ${extra.join(', ')}`);
  if (missing.length) problems.push(`missing: ${missing.join(', ')}`);
  if (dangling.length) problems.push(`package.json points at files not in the VSIX: ${dangling.join(', ')}`);
  if (problems.length) throw new Error(problems.join('\n'));
  return manifest;
}

/** `unshare -rn` runs a command with no network at all (a new network namespace, loopback down). */
function offlinePrefix() {
  const r = spawnSync('unshare', ['-rn', 'true'], { timeout: 10_000 });
  return r.status === 0 ? ['unshare', '-rn'] : null;
}

function codeServerCli(pkg, args, { offline }) {
  const cmd = [...(offline || []), process.execPath, path.join(pkg, 'out', 'node', 'entry.js'), ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), {
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
    // no gallery; without unshare, any request goes to a closed port on 127.0.0.1 and fails
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
      VSCODE_PROXY_URI: '',
      ...(offline
        ? {}
        : {
            http_proxy: 'http://127.0.0.1:9',
            https_proxy: 'http://127.0.0.1:9',
            HTTP_PROXY: 'http://127.0.0.1:9',
            HTTPS_PROXY: 'http://127.0.0.1:9',
          }),
    },
  });
  if (r.error) throw new Error(`code-server ${args.join(' ')}: ${r.error.message}`);
  return r;
}

/** Processes in process group `pgid` (code-server's) whose command line mentions `needle` (Linux /proc). */
function processesWith(needle, pgid) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmd.includes(needle)) found.push(`${pid}: ${cmd.trim()}`);
    } catch {
      /* gone */
    }
  }
  return found;
}

async function runPackaged({ browser, pkg, tmp, root, fixtures, out, updateShots, record, cleanups, userSettings }) {
  const shotsDir = path.join(out, 'screenshots');
  fs.mkdirSync(shotsDir, { recursive: true });
  const base = fs.mkdtempSync(path.join(tmp, 'packaged-'));
  cleanups.push(() => fs.rmSync(base, { recursive: true, force: true }));
  let page = null;

  const step = async (title, fn) => {
    const t0 = Date.now();
    try {
      await fn();
      record(`packaged ${title}`, 'passed', undefined, Date.now() - t0);
      return true;
    } catch (e) {
      let where = '';
      if (page) {
        const failShot = path.join(shotsDir, `FAILED-packaged-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
        await page.screenshot({ path: failShot }).catch(() => {});
        where = `\n(screenshot: ${path.relative(root, failShot)})`;
      }
      record(`packaged ${title}`, 'failed', `${e.message}${where}`, Date.now() - t0);
      return false;
    }
  };

  // 1. the VSIX
  let vsix;
  const built = await step('builds the VSIX (npm run package)', async () => {
    const r = buildVsix({ root, tmp: base, out });
    vsix = r.vsix;
    const size = fs.statSync(vsix).size;
    const shown = path.relative(root, vsix).startsWith('..') ? vsix : path.relative(root, vsix);
    process.stdout.write(`     ${shown}: ${size} bytes (${(size / 1024).toFixed(1)} KiB), ${r.how}\n`);
  });
  if (!built) return;

  let manifest;
  const contentsOk = await step(
    'VSIX holds only dist/{extension,server,cli}.js, schemas/*, README, LICENSE and the manifest',
    async () => {
      const entries = vsixEntries(vsix);
      manifest = checkVsixContents(vsix, entries);
      const files = entries.filter((e) => !e.name.endsWith('/'));
      const unpacked = files.reduce((n, e) => n + e.size, 0);
      process.stdout.write(`     ${files.length} files, ${(unpacked / 1024).toFixed(1)} KiB unpacked\n`);
    },
  );
  if (!contentsOk)
    manifest = JSON.parse(
      spawnSync('unzip', ['-p', vsix, 'extension/package.json'], { encoding: 'utf8' }).stdout || '{}',
    );
  const extId = `${manifest.publisher}.${manifest.name}`.toLowerCase();

  // 2. installed with code-server's own CLI, with no network
  const extDir = path.join(base, 'ext');
  const ud = path.join(base, 'ud');
  userSettings(ud);
  let installedDir;
  const installed = await step('installs offline with code-server --install-extension', async () => {
    const offline = offlinePrefix();
    const common = ['--user-data-dir', ud, '--extensions-dir', extDir];
    const r = codeServerCli(pkg, [...common, '--install-extension', vsix], { offline });
    fs.writeFileSync(path.join(out, 'packaged-install.log'), `${r.stdout}\n${r.stderr}`);
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout))
      throw new Error(`--install-extension exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
    const list = codeServerCli(pkg, [...common, '--list-extensions', '--show-versions'], { offline });
    if (!list.stdout.toLowerCase().includes(`${extId}@${manifest.version}`))
      throw new Error(`--list-extensions: ${list.stdout}${list.stderr}`);
    installedDir = fs
      .readdirSync(extDir)
      .map((d) => path.join(extDir, d))
      .find((d) => path.basename(d).toLowerCase().startsWith(`${extId}-`));
    if (!installedDir || !fs.existsSync(path.join(installedDir, 'dist', 'server.js')))
      throw new Error(`no ${extId}-*/dist/server.js in ${extDir}`);
    process.stdout.write(
      `     network during install: ${offline ? 'none (unshare -rn)' : 'proxy to a closed port (unshare unavailable)'}\n`,
    );
  });
  if (!installed) return;

  // 3. the workbench, with the extension from the extensions folder only
  const workspace = L.copyDir(path.join(fixtures, 'bot-workspace'), path.join(base, 'ws'));
  const server = await L.startCodeServer({
    pkg,
    workspace,
    trust: true,
    userDataDir: ud,
    extensionsDir: extDir,
    logFile: path.join(out, 'code-server-packaged.log'),
  });
  cleanups.push(server.stop);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  cleanups.push(() => context.close());
  await L.offlineOnly(context);
  page = await context.newPage();
  const log = fs.createWriteStream(path.join(out, 'workbench-packaged.log'));
  page.on('console', (m) => log.write(`[console.${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => log.write(`[pageerror] ${e.message}\n`));
  page.setDefaultTimeout(30_000);

  const { editor, openFile, clickSquiggle, focusQuickFix } = L.workbench(page);

  async function until(what, fn, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn();
      if (v.ok) return v;
      if (Date.now() > deadline) throw new Error(`${what} (after ${timeoutMs / 1000}s): ${v.detail}`);
      await page.waitForTimeout(250);
    }
  }
  const problemsFilter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  async function problemsRows(filterText) {
    await problemsFilter.fill(filterText);
    await page.waitForTimeout(400);
    return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
  }

  try {
    await page.goto(L.workbenchUrl(server, workspace)); // no payload: no extensionDevelopmentPath
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });

    const activated = await step(
      'activates from the VSIX: the status bar shows "wa-policy" with the same counts as the VSIX\'s CLI',
      async () => {
        // what the packaged CLI (dist/cli.js from the VSIX) finds in the same folder
        const cli = spawnSync(process.execPath, [path.join(installedDir, 'dist', 'cli.js'), '-f', 'json', '.'], {
          cwd: workspace,
          encoding: 'utf8',
          timeout: 60_000,
        });
        if (cli.error || !cli.stdout)
          throw new Error(`the VSIX's dist/cli.js: ${cli.error ? cli.error.message : cli.stderr}`);
        const all = JSON.parse(cli.stdout).flatMap((f) => f.findings);
        const want = {
          errors: all.filter((f) => f.severity === 'error').length,
          warnings: all.filter((f) => f.severity === 'warning').length,
        };
        const item = page.locator('.statusbar-item', { hasText: 'wa-policy' }).first();
        await item.waitFor({ state: 'visible', timeout: 60_000 });
        const got = await until(
          `status bar "wa-policy <errors> <warnings>" = ${want.errors} ${want.warnings}`,
          async () => {
            const text = (await item.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
            const m = /wa-policy\s+(\d+)\s+(\d+)/.exec(text);
            return {
              ok: !!m && Number(m[1]) === want.errors && Number(m[2]) === want.warnings,
              detail: JSON.stringify(text),
              text,
            };
          },
          60_000,
        );
        process.stdout.write(
          `     status bar: "${got.text}"; the VSIX's CLI: ${want.errors} errors, ${want.warnings} warnings\n`,
        );
      },
    );

    await step('its language server runs from the installed extension folder (dist/server.js)', async () => {
      const serverJs = path.join(installedDir, 'dist', 'server.js');
      await until(
        `a process running ${serverJs}`,
        async () => {
          const ps = processesWith(serverJs, server.pid);
          return { ok: ps.length > 0, detail: 'none' };
        },
        30_000,
      );
      const dev = processesWith(path.join(root, 'dist', 'server.js'), server.pid);
      if (dev.length) throw new Error(`code-server runs the repo's own dist/server.js too: ${dev.join('; ')}`);
    });

    await step('the Problems panel lists findings of files never opened (n8n workflow, Rasa project)', async () => {
      const tabs = await page.locator('.tabs-container .tab').count();
      if (tabs) throw new Error(`${tabs} editor tab(s) open before the check`);
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').first().waitFor({ state: 'visible' });
      await problemsFilter.waitFor({ state: 'visible' });
      await until(
        'n8n findings in the Problems panel',
        async () => {
          const t = await problemsRows('inbox-assistant');
          return {
            ok: /inbox-assistant\.json/.test(t) && /flow\/open-domain-llm/.test(t) && /flow\/no-human-path/.test(t),
            detail: t.slice(0, 600),
          };
        },
        activated ? 20_000 : 60_000,
      );
      await until(
        'Rasa findings in the Problems panel',
        async () => {
          const t = await problemsRows('rasa-shop');
          return { ok: /domain\.yml/.test(t) && /flow\/open-domain-fallback/.test(t), detail: t.slice(0, 600) };
        },
        20_000,
      );
      await problemsRows('');
      const after = await page.locator('.tabs-container .tab').count();
      if (after) throw new Error(`the check opened ${after} editor tab(s)`);
    });

    const sawSquiggle = await step('shows squiggles in an open prompt file', async () => {
      await openFile('concierge.system.md');
      await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 45_000 });
      await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: 15_000 });
      // the picture: status bar with counts, squiggles, and the Problems panel with the scanned files
      await page.keyboard.press('Control+Shift+M');
      await problemsRows('');
      await page.waitForTimeout(600);
      const file = path.join(shotsDir, SHOT);
      await page.screenshot({ path: file });
      if (updateShots) {
        fs.mkdirSync(path.join(root, 'docs', 'images'), { recursive: true });
        fs.copyFileSync(file, path.join(root, 'docs', 'images', SHOT));
      }
    });

    if (sawSquiggle) {
      await step('the hover shows the clause WA-AI-PROVIDERS', async () => {
        await clickSquiggle('error');
        await page.waitForTimeout(200);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: /\S/ });
        await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
        await until(
          'hover with the clause',
          async () => {
            const t = (await hover.allInnerTexts()).join('\n');
            return {
              ok: ['WA-AI-PROVIDERS', 'prompt/open-domain-grant'].every((w) => t.includes(w)),
              detail: t.slice(0, 600),
            };
          },
          15_000,
        );
        await page.keyboard.press('Escape');
      });
    }

    await step('the lightbulb fix "Add a human-escalation instruction" applies and clears the warning', async () => {
      await openFile('orders.system.md');
      await focusQuickFix('warning', /^Add a human-escalation instruction/i);
      await page.keyboard.press('Enter');
      await until(
        'the warning squiggle gone after the fix',
        async () => {
          const n = await editor.locator('.squiggly-warning').count();
          return { ok: n === 0, detail: `${n} left` };
        },
        30_000,
      );
      const text = await editor.locator('.view-lines').innerText();
      if (!/human|person|agent|staff|team/i.test(text.split('\n').slice(4).join('\n')))
        throw new Error(`no escalation text added: ${text}`);
    });
  } finally {
    log.end();
    await context.close().catch(() => {});
    await server.stop();
    page = null;
  }
}

module.exports = { runPackaged, SHOT };
