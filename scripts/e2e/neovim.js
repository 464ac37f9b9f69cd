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
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 60_000);
    child.on('exit', (c, sig) => {
      clearTimeout(t);
      fs.writeFileSync(path.join(out, 'nvim.stderr.log'), stderr);
      resolve(c === null ? sig : c);
    });
  });
  const ms = Date.now() - t0;
  if (!fs.existsSync(report)) {
    record(
      title('ran the LSP check'),
      'failed',
      `nvim exited with ${code} and wrote no report (see test-results/e2e/nvim.stderr.log)`,
      ms,
    );
    return;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.copyFileSync(report, path.join(out, 'nvim-report.json'));
  const fail = (what, why) => record(title(what), 'failed', `${why}\nreport: ${JSON.stringify(r).slice(0, 1500)}`, ms);
  if (r.error) return fail('ran the LSP check', r.error);
  const ds = r.diagnostics || [];
  const grant = ds.find((d) => d.code === 'prompt/open-domain-grant' && d.source === 'wa-policy');
  if (!r.got_diagnostics || !grant)
    fail(`${r.nvim} receives diagnostics over stdio`, 'no prompt/open-domain-grant diagnostic');
  else {
    const problems = [];
    if (grant.severity !== 1) problems.push(`severity ${grant.severity} (want 1 = error)`);
    if (grant.line !== 3) problems.push(`line ${grant.line} (want 3, 0-based)`);
    if (!/^https?:\/\//.test(grant.href || '')) problems.push(`codeDescription.href is ${grant.href}`);
    if (problems.length) fail(`${r.nvim} receives diagnostics over stdio`, problems.join('; '));
    else
      record(
        title(`${r.nvim} receives diagnostics over stdio (${ds.length}: ${ds.map((d) => d.code).join(', ')})`),
        'passed',
        undefined,
        ms,
      );
  }
  if (/WA-AI-PROVIDERS|WA-HUMAN-ESCALATION/.test(r.hover || '')) record(title('gets the clause in a hover'), 'passed');
  else fail('gets the clause in a hover', `hover text: ${JSON.stringify(r.hover)}`);
  const acts = r.code_actions || [];
  if (acts.some((t) => t === 'Disable prompt/open-domain-grant for this line'))
    record(title(`gets code actions (${acts.length}: ${acts.join('; ')})`), 'passed');
  else fail('gets code actions', `code actions: ${JSON.stringify(acts)}`);
}

/** The configuration shown in docs/e2e.md (nvim-init.lua), as a user would load it: -u init, open a file. */
async function runNeovimInit({ root, fixtures, tmp, record }) {
  if (!L.hasCommand('nvim')) return;
  const ws = L.copyDir(path.join(fixtures, 'bot-workspace'), path.join(tmp, 'ws-nvim-init'));
  for (const file of ['prompts/concierge.system.md', 'prompts/trivia.prompt.yml']) {
    const report = path.join(tmp, 'nvim-init-report.txt');
    fs.rmSync(report, { force: true });
    const check = path.join(tmp, 'nvim-init-check.lua');
    fs.writeFileSync(
      check,
      [
        'local ok = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100)',
        "local out = { ok and 'OK' or 'TIMEOUT', vim.bo.filetype }",
        "for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, d.lnum .. ' ' .. tostring(d.code)) end",
        `vim.fn.writefile(out, ${JSON.stringify(report)})`,
        "vim.cmd('qa!')",
      ].join('\n'),
    );
    const t0 = Date.now();
    await new Promise((resolve) => {
      const child = spawn(
        'nvim',
        ['--headless', '-u', path.join(__dirname, 'nvim-init.lua'), '-c', `luafile ${check}`, file],
        {
          cwd: ws,
          stdio: 'ignore',
          detached: true,
          env: {
            ...process.env,
            WA_POLICY_SERVER: path.join(root, 'dist', 'server.js'),
            XDG_STATE_HOME: path.join(tmp, 'nvim-state'),
            XDG_DATA_HOME: path.join(tmp, 'nvim-data'),
          },
        },
      );
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 60_000);
      child.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    const lines = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').trim().split('\n') : ['NO REPORT'];
    const title = `neovim with the documented init.lua gets diagnostics for ${path.basename(file)}`;
    if (lines[0] === 'OK' && lines.slice(2).some((l) => l.endsWith('prompt/open-domain-grant')))
      record(title, 'passed', undefined, Date.now() - t0);
    else record(title, 'failed', lines.join(' | '), Date.now() - t0);
  }
}

module.exports = { runNeovim, runNeovimInit };
