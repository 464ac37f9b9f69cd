'use strict';
// UI checks in Chromium on Code-OSS (code-server), the way a person sees the extension:
// squiggles in the editor, the hover with the clause, the Problems panel, the lightbulb fix.
// Screenshots go to test-results/e2e/screenshots/ and, with --update-screenshots, to docs/images/.
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const { installLanguagePack, PT_BR_MESSAGES } = require('./language-pack');
/* global document -- page.evaluate callbacks run in the browser */

const SHOTS = {
  squiggles: 'e2e-squiggles.png',
  hover: 'e2e-hover.png',
  problems: 'e2e-problems.png',
  quickfix: 'e2e-quickfix.png',
  fixed: 'e2e-fixed.png',
  restricted: 'e2e-restricted.png',
  hoverPtBr: 'e2e-hover-pt-br.png',
  report: 'e2e-report.png',
  code: 'e2e-code-relay.png',
};

/**
 * A code-server on a fresh copy of the fixture workspace and a browser page on it (offline); `name` keeps each
 * session's folders and logs apart. Both are stopped by the run's cleanups. With `opts.locale`, a language pack
 * for it is built and installed first, so that Code-OSS runs in that display language.
 */
async function startWorkbench({ browser, pkg, tmp, fixtures, out, cleanups, userSettings }, name, opts = {}) {
  const workspace = L.copyDir(path.join(fixtures, 'bot-workspace'), path.join(tmp, `ws-${name}`));
  const ud = path.join(tmp, `ud-${name}`);
  const extensionsDir = path.join(tmp, `ext-${name}`);
  userSettings(ud);
  if (opts.locale) {
    const logFile = path.join(out, `language-pack-${name}.log`);
    await installLanguagePack({
      browser,
      pkg,
      tmp,
      locale: opts.locale,
      userDataDir: ud,
      extensionsDir,
      workspace,
      logFile,
    });
  }
  const server = await L.startCodeServer({
    pkg,
    workspace,
    trust: opts.trust !== false,
    userDataDir: ud,
    extensionsDir,
    ...(opts.locale ? { locale: opts.locale } : {}),
    logFile: path.join(out, `code-server-${name}.log`),
  });
  cleanups.push(server.stop);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    ...(opts.browserLocale ? { locale: opts.browserLocale } : {}),
  });
  cleanups.push(() => context.close());
  await L.offlineOnly(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(120_000); // the workbench's first load, on a busy machine
  return { workspace, server, context, page };
}

async function runUi({
  browser,
  pkg,
  tmp,
  root,
  extensionPath,
  fixtures,
  out,
  updateShots,
  record,
  cleanups,
  userSettings,
}) {
  const shotsDir = path.join(out, 'screenshots');
  fs.mkdirSync(shotsDir, { recursive: true });
  const args = { browser, pkg, tmp, fixtures, out, cleanups, userSettings };
  const { workspace, server, context, page } = await startWorkbench(args, 'ui');
  const log = fs.createWriteStream(path.join(out, 'workbench-ui.log'));
  page.on('console', (m) => log.write(`[console.${m.type()}] ${m.text()}\n`));

  const shot = async (key) => {
    const file = path.join(shotsDir, SHOTS[key]);
    await page.screenshot({ path: file });
    if (updateShots) {
      const dst = path.join(root, 'docs', 'images');
      fs.mkdirSync(dst, { recursive: true });
      fs.copyFileSync(file, path.join(dst, SHOTS[key]));
    }
  };
  const step = async (title, fn) => {
    const t0 = Date.now();
    try {
      await fn();
      record(`ui ${title}`, 'passed', undefined, Date.now() - t0);
      return true;
    } catch (e) {
      const failShot = path.join(shotsDir, `FAILED-${title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
      await page.screenshot({ path: failShot }).catch(() => {});
      record(`ui ${title}`, 'failed', `${e.message}\n(screenshot: ${path.relative(root, failShot)})`, Date.now() - t0);
      return false;
    }
  };

  const { editor, openFile, clickSquiggle, focusQuickFix } = L.workbench(page);

  /** Text of the visible hover once it contains every `want` (the provider's part arrives after the marker's). */
  async function hoverText(wants, timeoutMs = 15_000) {
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: /\S/ });
    await hover.first().waitFor({ state: 'visible' });
    const until = Date.now() + timeoutMs;
    for (;;) {
      const text = (await hover.allInnerTexts()).join('\n');
      const missing = wants.filter((w) => !text.includes(w));
      if (!missing.length) return text;
      if (Date.now() > until) throw new Error(`hover lacks ${JSON.stringify(missing)}: ${text.slice(0, 800)}`);
      await page.waitForTimeout(250);
    }
  }

  try {
    await page.goto(L.workbenchUrl(server, workspace, { extensionPath: extensionPath || root }));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page
      .locator('.explorer-folders-view, .explorer-viewlet')
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 })
      .catch(() => {});
    await page.waitForTimeout(1500);

    // 1. a squiggle is visible in the editor
    const sawSquiggle = await step('shows error and warning squiggles in a non-compliant prompt', async () => {
      await openFile('concierge.system.md');
      await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 45_000 });
      const errors = await editor.locator('.squiggly-error').count();
      if (!errors) throw new Error('no .squiggly-error in the editor');
      await page.waitForTimeout(500);
      await shot('squiggles');
    });

    // 2. the hover widget shows the clause
    if (sawSquiggle) {
      await step('hover over the squiggle shows the clause id, title and source', async () => {
        await clickSquiggle('error');
        await page.waitForTimeout(200);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await hoverText(['WA-AI-PROVIDERS', 'AI Providers', 'techcrunch.com']);
        // focus the hover (Show Hover again) and scroll it down to the clause citation, for the picture
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const clauseOffset = () =>
          page.evaluate(() => {
            const hover = document.querySelector('.monaco-hover:not(.hidden)');
            const el = [...document.querySelectorAll('.monaco-hover:not(.hidden) p')].find((e) =>
              /^Clause WA-AI-PROVIDERS/.test((e.textContent || '').trim()),
            );
            return hover && el ? el.getBoundingClientRect().top - hover.getBoundingClientRect().top : -1;
          });
        for (let i = 0; i < 40 && (await clauseOffset()) > 30; i++) await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(300);
        await shot('hover');
        await page.keyboard.press('Escape');
      });
    }

    // 2b. a bot written in code: the relay's squiggle and its hover with the path from the handler
    await step('a TypeScript relay bot shows the open-domain error with the handler-to-call path', async () => {
      await openFile('relay.ts');
      await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
      await clickSquiggle('error');
      await page.waitForTimeout(200);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await hoverText(['WA-AI-PROVIDERS', 'no system prompt', '→']);
      await page.waitForTimeout(300);
      await shot('code');
      await page.keyboard.press('Escape');
    });

    // 3. the Problems panel lists the findings
    await step('the Problems panel lists the findings with rule ids', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      // the list is virtualised and other open files (an n8n JSON the workbench may have loaded) can
      // push these rows out of view: filter it to the prompt, as a person would
      const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
      if (await filter.isVisible().catch(() => false)) {
        await filter.fill('concierge');
        await page.waitForTimeout(500);
      }
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ state: 'visible' });
      const deadline = Date.now() + 20_000;
      let text;
      for (;;) {
        text = (await rows.allInnerTexts()).join('\n');
        if (/prompt\/open-domain-grant/.test(text) && /prompt\/no-human-escalation/.test(text)) break;
        if (Date.now() > deadline) throw new Error(`Problems panel rows: ${text.slice(0, 800)}`);
        await page.waitForTimeout(250);
      }
      if (!/wa-policy/.test(text)) throw new Error(`no wa-policy source in the Problems panel: ${text.slice(0, 800)}`);
      await page.waitForTimeout(300);
      await shot('problems');
    });

    // 4. the lightbulb fix works
    await step(
      'the lightbulb offers "Add a human-escalation instruction" and applying it clears the warning',
      async () => {
        await openFile('orders.system.md');
        await focusQuickFix('warning', /^Add a human-escalation instruction/i, log);
        await page.waitForTimeout(400);
        await shot('quickfix');
        await page.keyboard.press('Enter');
        const deadline = Date.now() + 30_000;
        while ((await editor.locator('.squiggly-warning').count()) > 0) {
          if (Date.now() > deadline) throw new Error('the warning squiggle is still there 30s after the fix');
          await page.waitForTimeout(250);
        }
        const text = await editor.locator('.view-lines').innerText();
        if (!/human|person|agent|staff|team/i.test(text.split('\n').slice(4).join('\n')))
          throw new Error(`no escalation text added: ${text}`);
        await page.waitForTimeout(300);
        await shot('fixed');
      },
    );

    // 5. the compliance report, from the command palette, in the Markdown preview
    await step(
      '"wa-policy: Open compliance report" shows the report with its tables in the Markdown preview',
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+B'); // the side bar off: the report's tables get the width
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill('>wa-policy: Open compliance report');
        await page
          .locator('.quick-input-widget .monaco-list-row', { hasText: 'Open compliance report' })
          .first()
          .waitFor({ state: 'visible' });
        await page.keyboard.press('Enter');
        const preview = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
        await preview.locator('h1', { hasText: 'WhatsApp AI policy compliance report' }).waitFor({ timeout: 60_000 });
        const heads = (await preview.locator('table').first().locator('th').allInnerTexts()).join(' | ');
        if (!/Bot \| Format \| LLMs reached/.test(heads)) throw new Error(`the summary table's header: ${heads}`);
        await preview.locator('h3', { hasText: 'Flow' }).first().waitFor({ state: 'attached' });
        if (
          await page
            .locator('.part.panel')
            .isVisible()
            .catch(() => false)
        )
          await page.keyboard.press('Control+J');
        await page.waitForTimeout(800);
        await shot('report');
      },
    );
  } finally {
    log.end();
    await context.close().catch(() => {});
    await server.stop();
  }
}

/** Restricted Mode in the UI: the folder is not trusted, the findings still show. */
async function runUiRestricted({
  browser,
  pkg,
  tmp,
  root,
  extensionPath,
  fixtures,
  out,
  updateShots,
  record,
  cleanups,
  userSettings,
}) {
  const shotsDir = path.join(out, 'screenshots');
  fs.mkdirSync(shotsDir, { recursive: true });
  const args = { browser, pkg, tmp, fixtures, out, cleanups, userSettings };
  const { workspace, server, context, page } = await startWorkbench(args, 'ui-restricted', { trust: false });
  const t0 = Date.now();
  const title = 'ui in Restricted Mode (untrusted folder) the findings still show';
  try {
    await page.goto(L.workbenchUrl(server, workspace, { extensionPath: extensionPath || root }));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const badge = page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first();
    await badge.waitFor({ state: 'visible' });
    await page.waitForTimeout(1000);
    await page
      .locator('.monaco-workbench')
      .click({ position: { x: 640, y: 400 } })
      .catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('concierge.system.md');
    await page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 45_000 });
    await page.keyboard.press('Control+Shift+M');
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'prompt/open-domain-grant' })
      .first()
      .waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    const file = path.join(shotsDir, SHOTS.restricted);
    await page.screenshot({ path: file });
    if (updateShots) fs.copyFileSync(file, path.join(root, 'docs', 'images', SHOTS.restricted));
    record(title, 'passed', undefined, Date.now() - t0);
  } catch (e) {
    const failShot = path.join(shotsDir, 'FAILED-restricted.png');
    await page.screenshot({ path: failShot }).catch(() => {});
    record(title, 'failed', `${e.message}\n(screenshot: ${path.relative(root, failShot)})`, Date.now() - t0);
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
}

/**
 * Code-OSS in pt-br (a language pack built at test time, code-server --locale pt-br, a pt-BR browser): the
 * workbench's own hover links come from the pack, the diagnostic and the hover from the extension's pt-br
 * catalog, and the clause quote stays in English with its language named.
 */
async function runUiLocale({
  browser,
  pkg,
  tmp,
  root,
  extensionPath,
  fixtures,
  out,
  updateShots,
  record,
  cleanups,
  userSettings,
}) {
  const pt = JSON.parse(fs.readFileSync(path.join(root, 'server', 'src', 'l10n', 'locales', 'pt-br.json'), 'utf8'));
  const args = { browser, pkg, tmp, fixtures, out, cleanups, userSettings };
  const t0 = Date.now();
  const title =
    'ui pt-br: Code-OSS runs in Portuguese; the diagnostic and hover of a grant are Portuguese, the clause quote English';
  let session;
  try {
    session = await startWorkbench(args, 'ui-pt', { locale: 'pt-br', browserLocale: 'pt-BR' });
    const { workspace, server, page } = session;
    await page.goto(L.workbenchUrl(server, workspace, { extensionPath: extensionPath || root }));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    const language = await page.evaluate(() => globalThis._VSCODE_NLS_LANGUAGE);
    if (language !== 'pt-br')
      throw new Error(`the workbench runs in ${language}, not pt-br: the language pack was not used`);
    await page.waitForTimeout(1500);
    const { editor, openFile, clickSquiggle } = L.workbench(page);
    await openFile('concierge.system.md');
    await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 45_000 });
    await clickSquiggle('error');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: /\S/ });
    const wants = [
      // the diagnostic's message (its text up to the first argument), then the server's hover
      pt['prompt/open-domain-grant.grant.message'].split('{')[0].trim(),
      pt['hover.why'].replace(/:$/, ''),
      pt['language.en'],
      'strictly prohibited',
      // Code-OSS's own link under the marker, translated by the language pack
      PT_BR_MESSAGES['vs/editor/contrib/hover/browser/markerHoverParticipant']['view problem'],
    ];
    const until = Date.now() + 20_000;
    let text = '';
    while (Date.now() < until) {
      text = (await hover.allInnerTexts().catch(() => [])).join('\n');
      if (wants.every((w) => text.includes(w))) break;
      await page.waitForTimeout(250);
    }
    const missing = wants.filter((w) => !text.includes(w));
    if (missing.length) throw new Error(`hover lacks ${JSON.stringify(missing)}: ${text.slice(0, 800)}`);
    await page.waitForTimeout(300);
    const file = path.join(out, 'screenshots', SHOTS.hoverPtBr);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    if (updateShots) fs.copyFileSync(file, path.join(root, 'docs', 'images', SHOTS.hoverPtBr));
    record(title, 'passed', undefined, Date.now() - t0);
  } catch (e) {
    await session?.page
      .screenshot({ path: path.join(out, 'screenshots', 'FAILED-ui-pt-br-hover.png') })
      .catch(() => {});
    record(title, 'failed', e.message, Date.now() - t0);
  } finally {
    await session?.context.close().catch(() => {});
    await session?.server.stop();
  }
}

module.exports = { runUi, runUiRestricted, runUiLocale, SHOTS };
