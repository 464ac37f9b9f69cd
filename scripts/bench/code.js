'use strict';
// Bench for bots written in code (run after `npm run build`): `node scripts/bench/code.js [--edits N] [--files N]`.
//  1. didChange → publishDiagnostics on a 5,000-line TypeScript WhatsApp bot with a finding (p50/p95/max; target p95 ≤ 16 ms);
//  2. the CLI on an ordinary 20,000-file code tree without bots (target ≤ 10 s).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { LspClient, fileUri, positionAt } = require('./lsp-client');
const { percentile, rng } = require('./stats');

const ROOT = path.join(__dirname, '..', '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const EDITS = arg('--edits', 200);
const FILES = arg('--files', 20000);

/** A 5,000-line bot: many ordinary helpers, one whatsapp-web.js handler relaying to chat completions with no system prompt. */
function bigBot(lines) {
  const out = [
    "import { Client, LocalAuth } from 'whatsapp-web.js';",
    "import OpenAI from 'openai';",
    '',
    'const openai = new OpenAI();',
    '',
  ];
  for (let i = 0; out.length < lines - 20; i++) {
    out.push(
      `// helper ${i}: formats an order line`,
      `export function formatLine${i}(qty: number, price: number): string {`,
      `  const total = qty * price + ${i};`,
      `  return \`\${qty} x \${price} = \${total.toFixed(2)}\`;`,
      '}',
      '',
    );
  }
  out.push(
    'async function ask(text: string): Promise<string> {',
    '  const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });',
    '  return r.choices[0].message.content ?? "";',
    '}',
    '',
  );
  out.push(
    'const client = new Client({ authStrategy: new LocalAuth() });',
    "client.on('message', async (msg) => msg.reply(await ask(msg.body)));",
    'client.initialize();',
    '',
  );
  return out.join('\n');
}

async function editBench(dir) {
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'big-bot', dependencies: { 'whatsapp-web.js': '1', openai: '4' } }),
  );
  const file = path.join(dir, 'src', 'bot.ts');
  let text = bigBot(5000);
  fs.writeFileSync(file, text);
  const uri = fileUri(file);
  const client = new LspClient({ serverPath: path.join(ROOT, 'dist', 'server.js'), cwd: dir }).start();
  await client.initialize(dir, { initializationOptions: { workspaceScan: false } });
  const first = client.waitFor(
    (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri,
    30000,
    'first diagnostics',
  );
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
  const open = await first;
  const findings = open.msg.params.diagnostics.length;
  const r = rng(7);
  const times = [];
  for (let v = 2; v < EDITS + 2; v++) {
    // Type into a comment of a random helper (one keystroke per edit), as a user would.
    const at = text.indexOf('// helper ', r.int(text.length - 2000)) + 3;
    const change = { range: { start: positionAt(text, at), end: positionAt(text, at) }, text: 'x' };
    text = text.slice(0, at) + 'x' + text.slice(at);
    const wait = client.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === v,
      10000,
      `diagnostics v${v}`,
    );
    const t0 = client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    const { t, msg } = await wait;
    times.push(t - t0);
    if (!msg.params.diagnostics.length) throw new Error('the finding disappeared after an edit');
  }
  await client.shutdown();
  return { findings, times };
}

function ordinaryTree(dir, n) {
  const r = rng(11);
  const exts = ['ts', 'js', 'py', 'tsx', 'mjs'];
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `pkg${i % 40}`, `mod${(i / 40) | (0 % 25)}`);
    fs.mkdirSync(sub, { recursive: true });
    const ext = r.pick(exts);
    const body =
      ext === 'py'
        ? `def f_${i}(x):\n    return x * ${i}\n`
        : `export function f${i}(x: number) {\n  return x * ${i};\n}\n`;
    fs.writeFileSync(path.join(sub, `file${i}.${ext}`), body.repeat(20));
  }
  fs.mkdirSync(path.join(dir, 'node_modules', 'openai'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'node_modules', 'openai', 'index.js'),
    "module.exports = require('./chat.completions');",
  );
}

(async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-code-bench-'));
  try {
    const { findings, times } = await editBench(path.join(base, 'bot'));
    const p = (q) => percentile(times, q).toFixed(1);
    console.log(
      `edit, 5,000-line TypeScript bot (${findings} finding(s)), ${times.length} keystrokes: p50 ${p(50)} ms, p95 ${p(95)} ms, max ${Math.max(...times).toFixed(1)} ms (target p95 ≤ 16 ms)`,
    );
    const tree = path.join(base, 'tree');
    ordinaryTree(tree, FILES);
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', tree], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const secs = (performance.now() - t0) / 1000;
    const reported = JSON.parse(res.stdout || '[]').length;
    console.log(
      `scan, ${FILES.toLocaleString('en')} ordinary code files (no bots): ${secs.toFixed(2)} s, ${reported} file(s) reported, exit ${res.status} (target ≤ 10 s)`,
    );
    console.log(
      `load average: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
