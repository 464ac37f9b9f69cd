// Runs the robustness suite (out/test/server/test/robustness): first the timing tests alone (linear*.test.js,
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
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-robust-'));
const stats = path.join(work, 'stats.jsonl');
// Property tests write the case under way to trace.<format> (removed when the format is done): a file that
// stays unchanged this long is a case that hangs, and the run stops with that case named.
const trace = path.join(work, 'trace');
const STALL_MS = Number(process.env.ROBUSTNESS_STALL_SECONDS ?? 300) * 1000;
const timing = files.filter((f) => path.basename(f).startsWith('linear'));
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
      {
        env: { ...process.env, ROBUSTNESS_STATS: stats, ROBUSTNESS_TRACE: trace },
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true, // its own process group: a stalled run is stopped with the test files it started
      },
    );
    // Detached, so a signal to this runner does not reach the tests by itself: pass it on.
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      process.exit(1);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    const watchdog = setInterval(() => {
      const stalled = stalledCase();
      if (!stalled) return;
      clearInterval(watchdog);
      fs.appendFileSync(
        stats,
        JSON.stringify({
          suite: `mutated ${stalled.format}`,
          inputs: 1,
          crashes: 0,
          hangs: 1,
          wrong: 0,
          worstMsPerMb: 0,
          note: 'stopped by the runner',
        }) + '\n',
      );
      console.log(
        `\nhang: a mutated ${stalled.format} case made no progress for ${Math.round(stalled.ms / 1000)} s; stopping.`,
      );
      console.log(
        `  case (seeds and mutations, replay with applyMutations in server/test/robustness/mutate.ts): ${stalled.text}`,
      );
      process.kill(-child.pid, 'SIGKILL');
    }, 5000);
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
      clearInterval(watchdog);
      process.off('SIGINT', stop).off('SIGTERM', stop);
      if (last) process.stdout.write(table(stats) + summary + buffered);
      else process.stdout.write(buffered);
      resolve(code ?? 1);
    });
  });
}

/** The oldest case file older than STALL_MS, if any. */
function stalledCase() {
  const now = Date.now();
  for (const f of fs.readdirSync(work).filter((n) => n.startsWith('trace.'))) {
    const file = path.join(work, f);
    let st;
    try {
      st = fs.statSync(file);
    } catch {
      continue; // removed meanwhile: that format is done
    }
    if (now - st.mtimeMs > STALL_MS)
      return { format: f.slice('trace.'.length), ms: now - st.mtimeMs, text: fs.readFileSync(file, 'utf8') };
  }
  return undefined;
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
