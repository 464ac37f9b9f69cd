'use strict';
// A minimal language pack for Code-OSS, built at test time so that the `locale` scenario runs offline.
//
// Code-OSS runs in a display language only when a language pack for it is installed: the server reads
// `<user-data-dir>/languagepacks.json` (written by the extension manager when an extension that contributes
// `localizations` is installed), and without an entry for the locale it serves English and keeps
// `vscode.env.language` at `en`, whatever `--locale` says. Microsoft's packs (vscode-language-pack-pt-BR) are
// marketplace downloads; this one has their structure (a `localizations` contribution whose translation
// with the id `vscode` points at a `main.i18n.json` of `contents` keyed by module and message key) and its own
// handful of translated workbench strings. Untranslated messages stay in English, as with a partial pack.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const L = require('./lib');

/**
 * The workbench messages this pack translates (module → key → text). The hover's "View Problem" and
 * "Quick Fix..." links and the Problems panel title show in the screenshots, and the UI check reads the first.
 */
const PT_BR_MESSAGES = {
  'vs/editor/contrib/hover/browser/markerHoverParticipant': {
    'view problem': 'Exibir o Problema',
    'quick fixes': 'Correção Rápida...',
    noQuickFixes: 'Nenhuma correção rápida disponível',
  },
  'vs/workbench/contrib/markers/browser/messages': {
    'markers.panel.title.problems': 'Problemas',
    'markers.panel.no.problems.build': 'Nenhum problema foi detectado no workspace.',
  },
  'vs/workbench/contrib/markers/browser/markers.contribution': {
    problems: 'Problemas',
    'status.problems': 'Problemas',
  },
  'vs/workbench/contrib/files/browser/explorerViewlet': { explore: 'Explorador' },
  'vs/workbench/contrib/files/browser/views/openEditorsView': { openEditors: 'Editores Abertos' },
};

const PACKS = {
  'pt-br': {
    languageName: 'Portuguese (Brazil)',
    localizedLanguageName: 'português (Brasil)',
    messages: PT_BR_MESSAGES,
  },
};

/** Writes the pack's extension folder for `locale` under `dir` and returns its path and manifest. */
function writeLanguagePack(dir, locale) {
  const pack = PACKS[locale];
  if (!pack) throw new Error(`no e2e language pack for ${locale} (have: ${Object.keys(PACKS).join(', ')})`);
  const root = path.join(dir, `language-pack-${locale}`);
  fs.mkdirSync(path.join(root, 'translations'), { recursive: true });
  const manifest = {
    name: `wa-e2e-language-pack-${locale}`,
    displayName: `${pack.languageName} language pack for the wa-policy-lint e2e suite`,
    description: `A minimal ${pack.languageName} language pack, built by scripts/e2e/language-pack.js`,
    version: '1.100.0',
    publisher: 'wa-policy-lint-e2e',
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: locale,
          languageName: pack.languageName,
          localizedLanguageName: pack.localizedLanguageName,
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(
    path.join(root, 'translations', 'main.i18n.json'),
    JSON.stringify({ version: '1.0.0', contents: pack.messages }, null, 2),
  );
  fs.writeFileSync(path.join(root, 'README.md'), `# ${manifest.displayName}\n\n${manifest.description}.\n`);
  fs.writeFileSync(path.join(root, 'LICENSE'), 'MIT\n');
  fs.writeFileSync(path.join(root, '.vscodeignore'), '*.vsix\n');
  return { root, manifest };
}

/** Packs the folder into a VSIX with @vscode/vsce (no dependencies, no repository); its output goes to `log`. */
function packVsix(root, manifest, log) {
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  const vsix = path.join(path.dirname(root), `${manifest.name}-${manifest.version}.vsix`);
  const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  fs.appendFileSync(log, `$ vsce ${args.slice(1).join(' ')}\n${r.stdout || ''}${r.stderr || ''}\n`);
  if (r.status !== 0 || !fs.existsSync(vsix))
    throw new Error(`vsce package of the language pack exited ${r.status}: ${r.error?.message || r.stderr}`);
  return vsix;
}

/** The extension-tests module that makes the workbench install `vsix` (Code-OSS's own "Install from VSIX"). */
function writeInstaller(dir, vsix) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'index.js');
  fs.writeFileSync(
    file,
    `exports.run = async () => {
  const vscode = require('vscode');
  await vscode.commands.executeCommand('workbench.extensions.installExtension', vscode.Uri.file(${JSON.stringify(vsix)}));
};
`,
  );
  return file;
}

/**
 * Builds the pack for `locale` and installs it into `extensionsDir` through a running code-server, which
 * registers it in `<userDataDir>/languagepacks.json`; a later code-server on the same folders with
 * `--locale <locale>` then runs in that language. Why not `code-server --install-extension`: its CLI installs
 * the files but never runs Code-OSS's language-pack participant (the service is only created by a running
 * server), so languagepacks.json is not written and the locale stays English (coder/code-server#4735, seen
 * here too). Returns { vsix, languagePacks, ms }.
 */
async function installLanguagePack({ browser, pkg, tmp, locale, userDataDir, extensionsDir, workspace, logFile }) {
  const t0 = Date.now();
  const dir = path.join(tmp, `lp-${path.basename(userDataDir)}`);
  const { root, manifest } = writeLanguagePack(dir, locale);
  const vsix = packVsix(root, manifest, logFile);
  const installer = writeInstaller(path.join(dir, 'installer'), vsix);
  const server = await L.startCodeServer({ pkg, workspace, userDataDir, extensionsDir, logFile });
  const context = await browser.newContext();
  try {
    await L.offlineOnly(context);
    const page = await context.newPage();
    let done;
    const exited = new Promise((r) => {
      done = r;
    });
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    await page.exposeFunction('codeAutomationLog', () => {});
    const url = L.workbenchUrl(server, workspace, { extensionPath: path.dirname(installer), testsPath: installer });
    await page.goto(url, { timeout: 120_000 });
    const code = await L.withTimeout(exited, 120_000, `installing the ${locale} language pack`);
    if (code !== 0) throw new Error(`installing ${vsix} in the workbench failed (exit ${code}): see ${logFile}`);
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
  const file = path.join(userDataDir, 'languagepacks.json');
  const languagePacks = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  if (!languagePacks[locale]?.translations?.vscode)
    throw new Error(`Code-OSS registered no ${locale} language pack in ${file}: ${JSON.stringify(languagePacks)}`);
  return { vsix, languagePacks, ms: Date.now() - t0 };
}

module.exports = { installLanguagePack, writeLanguagePack, PT_BR_MESSAGES };
