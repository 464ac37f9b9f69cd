'use strict';
// Second LSP client: headless Neovim (Debian's `neovim`, 0.7.2) starts dist/server.js over stdio,
// opens a prompt file and must receive the diagnostics (and a hover) with the clause link.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const L = require('./lib');

async function runNeovim({ root, fixtures, tmp, out, record }) {
  const title = (s) => `neovim ${s}`;
  if (!L.hasCommand('nvim')) {
    const msg = 'nvim not found: apt-get install -y neovim';
    if (process.env.CI) record(title('is installed'), 'failed', msg);
    else record(title('LSP client check'), 'skipped', msg);
    return;
  }
  const ws = L.copyDir(path.join(fixtures, 'bot-workspace'), path.join(tmp, 'ws-nvim'));
  const report = path.join(tmp, 'nvim-report.json');
  const t0 = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '--clean', '-u', path.join(__dirname, 'nvim-check.lua')], {
      cwd: ws,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: {
        ...process.env,
        WA_SERVER: path.join(root, 'dist', 'server.js'),
        WA_ROOT: ws,
        WA_FILE: 'prompts/concierge.system.md',
        WA_OUT: report,
        XDG_STATE_HOME: path.join(tmp, 'nvim-state'),
        XDG_DATA_HOME: path.join(tmp, 'nvim-data'),
        XDG_CACHE_HOME: path.join(tmp, 'nvim-cache'),
      },
    });
    let stderr = '';
    child.stdout.on('data', () => {});
    child.stderr.on('data', (d) => { stderr += d; });
    const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 60_000);
    child.on('exit', (c, sig) => { clearTimeout(t); fs.writeFileSync(path.join(out, 'nvim.stderr.log'), stderr); resolve(c === null ? sig : c); });
  });
  const ms = Date.now() - t0;
  if (!fs.existsSync(report)) {
    record(title('ran the LSP check'), 'failed', `nvim exited with ${code} and wrote no report (see test-results/e2e/nvim.stderr.log)`, ms);
    return;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.copyFileSync(report, path.join(out, 'nvim-report.json'));
  const fail = (what, why) => record(title(what), 'failed', `${why}\nreport: ${JSON.stringify(r).slice(0, 1500)}`, ms);
  if (r.error) return fail('ran the LSP check', r.error);
  const ds = r.diagnostics || [];
  const grant = ds.find((d) => d.code === 'prompt/open-domain-grant' && d.source === 'wa-policy');
  if (!r.got_diagnostics || !grant) fail(`${r.nvim} receives diagnostics over stdio`, 'no prompt/open-domain-grant diagnostic');
  else {
    const problems = [];
    if (grant.severity !== 1) problems.push(`severity ${grant.severity} (want 1 = error)`);
    if (grant.line !== 3) problems.push(`line ${grant.line} (want 3, 0-based)`);
    if (!/^https?:\/\//.test(grant.href || '')) problems.push(`codeDescription.href is ${grant.href}`);
    if (problems.length) fail(`${r.nvim} receives diagnostics over stdio`, problems.join('; '));
    else record(title(`${r.nvim} receives diagnostics over stdio (${ds.length}: ${ds.map((d) => d.code).join(', ')})`), 'passed', undefined, ms);
  }
  if (/WA-AI-PROVIDERS|WA-HUMAN-ESCALATION/.test(r.hover || '')) record(title('gets the clause in a hover'), 'passed');
  else fail('gets the clause in a hover', `hover text: ${JSON.stringify(r.hover)}`);
}

module.exports = { runNeovim };
