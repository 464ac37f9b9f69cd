'use strict';
// Tracks temp folders and child processes so they are removed/killed on every exit path.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dirs = new Set();
const children = new Set();
let installed = false;

function tempDir(prefix) {
  install();
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `wa-bench-${prefix}-`));
  dirs.add(d);
  return d;
}

function removeDir(d) {
  try {
    fs.rmSync(d, { recursive: true, force: true });
  } catch {
    /* ignore */
  }
  dirs.delete(d);
}

function trackChild(cp) {
  install();
  children.add(cp);
  cp.once('exit', () => children.delete(cp));
  return cp;
}

function killAll() {
  for (const cp of children) {
    try {
      if (cp.exitCode === null && cp.signalCode === null) cp.kill('SIGKILL');
    } catch {
      /* ignore */
    }
  }
  children.clear();
}

function cleanupAll() {
  killAll();
  for (const d of [...dirs]) removeDir(d);
}

function install() {
  if (installed) return;
  installed = true;
  process.on('exit', cleanupAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      process.stderr.write(`\nbench: ${sig}, cleaning up\n`);
      cleanupAll();
      process.exit(130);
    });
  }
}

module.exports = { tempDir, removeDir, trackChild, cleanupAll, install };
