// Runs the robustness suite (out/test/server/test/robustness): first the timing test alone (linear.test.js,
// so other tests do not disturb its measurements), then the rest two at a time. Prints the results table
// just before node:test's closing summary, so CI still ends on the runner's own "ℹ tests … ℹ fail" lines.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(__dirname, '..', 'out', 'test', 'server', 'test', 'robustness');
const filter = process.argv[2];
const files = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.test.js') && (!filter || f.includes(filter)))
      .sort()
      .map((f) => path.join(dir, f))
  : [];
if (!files.length) {
  console.error('no robustness tests under out/test/server/test/robustness: run `npm run build` first');
  process.exit(1);
}
const stats = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wa-robust-')), 'stats.jsonl');
const timing = files.filter((f) => path.basename(f) === 'linear.test.js');
const rest = files.filter((f) => !timing.includes(f));

(async () => {
  let code = 0;
  if (timing.length) code = Math.max(code, await runPhase(timing, 1, !rest.length));
  if (rest.length) code = Math.max(code, await runPhase(rest, 2, true));
  process.exit(code);
})();

/** Runs node:test on `list`; the last phase holds back its summary to print the table before it. */
function runPhase(list, concurrency, last) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...list],
      { env: { ...process.env, ROBUSTNESS_STATS: stats }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let buffered = '';
    let summary = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl + 1);
        buffered = buffered.slice(nl + 1);
        if (last && (summary || /^ℹ tests \d+/.test(line))) summary += line;
        else process.stdout.write(line);
      }
    });
    child.on('close', (code) => {
      if (last) process.stdout.write(table(stats) + summary + buffered);
      else process.stdout.write(buffered);
      resolve(code ?? 1);
    });
  });
}

function table(file) {
  const rows = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  const head = ['suite', 'inputs tried', 'crashes', 'hangs', 'wrong results', 'worst ms/MB', 'note'];
  const body = rows.map((r) => [r.suite, r.inputs, r.crashes, r.hangs, r.wrong, r.worstMsPerMb, r.note ?? '']);
  const total = rows.reduce(
    (t, r) => [t[0] + r.inputs, t[1] + r.crashes, t[2] + r.hangs, t[3] + r.wrong, Math.max(t[4], r.worstMsPerMb)],
    [0, 0, 0, 0, 0],
  );
  body.push(['total', ...total, '']);
  const line = (cells) => `| ${cells.map(String).join(' | ')} |`;
  return ['', 'Robustness table', line(head), line(head.map(() => '---')), ...body.map(line), '', ''].join('\n');
}
