#!/usr/bin/env node
// Installs code-server (Code-OSS served to a browser) from the npm registry into a
// git-ignored cache folder, without any postinstall downloads (offline-safe), and
// reuses it on later runs. Prints the path of the install and exits 0 when ready.
//
//   node scripts/e2e/install-code-server.js            -> installs if needed
//   WA_E2E_CACHE=/some/dir node scripts/e2e/...        -> other cache folder
//
// Why not `npm install code-server`: its postinstall refuses to run as root and
// @vscode/ripgrep's postinstall downloads `rg` from GitHub. We use Debian's `rg`.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const VERSION = process.env.WA_E2E_CODE_SERVER_VERSION || '4.100.3'; // newest with a Node 20 engine
const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.resolve(process.env.WA_E2E_CACHE || path.join(ROOT, '.cache', 'e2e'));
const DIR = path.join(CACHE, `code-server-${VERSION}`);
const PKG = path.join(DIR, 'package');
const MARKER = path.join(DIR, '.installed');

function log(msg) {
  process.stderr.write(`[install-code-server] ${msg}\n`);
}

function run(cmd, args, cwd, extraEnv = {}) {
  const t0 = Date.now();
  log(`${path.relative(ROOT, cwd) || '.'}$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      npm_config_yes: 'true',
      npm_config_unsafe_perm: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_loglevel: 'error',
      ...extraEnv,
    },
  });
  log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

function which(bin) {
  for (const d of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(d, bin);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  return null;
}

function entry() {
  return path.join(PKG, 'out', 'node', 'entry.js');
}

function install() {
  if (fs.existsSync(MARKER) && fs.existsSync(entry())) {
    log(`cached: ${PKG}`);
    return PKG;
  }
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (`rg`) is missing: apt-get install -y ripgrep');
  const t0 = Date.now();
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  // 1. the package tarball from the npm registry
  run('npm', ['pack', `code-server@${VERSION}`, '--silent'], DIR);
  const tgz = fs.readdirSync(DIR).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack produced no tarball');
  run('tar', ['-xzf', tgz], DIR);
  fs.rmSync(path.join(DIR, tgz));
  // 2. code-server's own dependencies; argon2 is its only native one
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], PKG);
  run('npm', ['rebuild', 'argon2'], PKG);
  // 3. Code-OSS's dependencies; ripgrep from Debian instead of a GitHub download
  const vs = path.join(PKG, 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], vs);
  const rgDir = path.join(vs, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.rmSync(path.join(rgDir, 'rg'), { force: true });
  fs.symlinkSync(rg, path.join(rgDir, 'rg'));
  run('npm', ['rebuild'], vs);
  const asar = path.join(vs, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);
  // 4. the built-in extensions' dependencies
  run('npm', ['install', '--omit=dev', '--no-package-lock'], path.join(vs, 'extensions'));
  if (!fs.existsSync(entry())) throw new Error(`no ${entry()} after install`);
  fs.writeFileSync(
    MARKER,
    `code-server ${VERSION} installed ${new Date().toISOString()} in ${((Date.now() - t0) / 1000).toFixed(0)}s\n`,
  );
  log(`installed in ${((Date.now() - t0) / 1000).toFixed(0)}s: ${PKG}`);
  return PKG;
}

module.exports = { install, VERSION, CACHE, PKG, entry };

if (require.main === module) {
  try {
    process.stdout.write(install() + '\n');
  } catch (e) {
    log(`FAILED: ${e && e.message ? e.message : e}`);
    process.exit(1);
  }
}
