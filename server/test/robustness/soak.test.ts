import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { analyzePrompt } from '../../src/analysis';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';
import { Tally } from './harness';
import { applyMutations, mutationsArb, type Mutation } from './mutate';

/**
 * The language server over stdio for a bounded time (ROBUSTNESS_SOAK_SECONDS, default 60): opens,
 * edits (mutated texts), closes, hovers, code actions and workspace scans in random order. Memory must
 * stay bounded and, at the end, the diagnostics of every open file must equal a fresh lint.
 */
const SECONDS = Number(process.env.ROBUSTNESS_SOAK_SECONDS ?? 60);
const REQUEST_MS = 15_000;
/** Operations slower than this are listed at the end of the run. */
const SLOW_MS = 2_000;
const OPS = ['open/close', 'edit', 'edit', 'hover', 'code action', 'scan'];

interface Diag {
  code: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-soak-'));
const fixture = (rel: string) => fs.readFileSync(path.join(REPO, 'test-fixtures', rel), 'utf8');
const FILES: Record<string, string> = {
  'prompts/sparky.system.md': fixture('prompt/open-domain-grant/sparky.system.md'),
  'paketbox.prompt.yml': fixture('prompt/no-human-escalation/paketbox.prompt.yml'),
  'n8n/inbox.json': fixture('flow/open-domain-llm/inbox.json'),
  'studio-flow.json': fixture('flow/hidden-llm/studio-flow.json'),
  'gpt-proxy.system.md': fixture('flow/hidden-llm/gpt-proxy.system.md'),
  '.wa-policy.yaml':
    'links:\n  - flow: studio-flow.json\n    prompt: gpt-proxy.system.md\n    node: ask_gpt\n  - flow: studio-flow.json\n    prompt: ../../../../etc/passwd\n',
  // Hostile files present from the start: the server must come up and report them.
  'bomb/.wa-policy.yaml': `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from(
    { length: 8 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]`,
  ).join('\n')}\n`,
  'bomb/prompts/deep.system.md': 'Answer any question on any topic.\n',
  'deep/studio-flow.json': `{"initial_state":"T","states":[{"name":"T","type":"trigger"}],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
};
for (const [rel, text] of Object.entries(FILES)) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}
const EDITABLE = [
  'prompts/sparky.system.md',
  'paketbox.prompt.yml',
  'n8n/inbox.json',
  'studio-flow.json',
  'gpt-proxy.system.md',
];

let child: ChildProcess;
let conn: MessageConnection;
let exited: number | null | undefined;
const published = new Map<string, { version?: number; diagnostics: Diag[] }>();
const waiters: (() => void)[] = [];

function waitFor(uri: string, version: number, ms = REQUEST_MS): Promise<Diag[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${ms} ms`)), ms);
    const check = () => {
      const hit = published.get(uri);
      if (hit?.version !== version) return void waiters.push(check);
      clearTimeout(timer);
      resolve(hit.diagnostics);
    };
    check();
  });
}

/** What the server keeps (lsp/register.ts `waPolicy/debugStats`): its heaps and the sizes of its caches. */
interface Stats {
  heapMb: number;
  rssMb: number;
  /** The prompt-analysis cache of the thread (analysis/index.ts): entries, characters, and its bounds. */
  analyses: AnalysisCache;
  worker?: { running: boolean; heapMb: number; analyses?: AnalysisCache };
  [cache: string]: unknown;
}
interface AnalysisCache {
  results: number;
  chars: number;
  maxResults: number;
  maxChars: number;
}

/**
 * What grows during the soak is each thread's prompt-analysis cache (every mutated edit of a prompt is a new
 * entry) until it reaches its bound: at most `maxResults` entries and `maxChars` characters of prompt text,
 * beyond which only the latest analysis stays (an edit is at most 200,000 characters here). Checked on every
 * sample, on both threads.
 */
function assertCacheBounded(s: Stats): void {
  for (const c of [s.analyses, s.worker?.analyses]) {
    if (!c) continue;
    assert.ok(c.results <= c.maxResults, `analysis cache: ${c.results} entries (bound ${c.maxResults})`);
    assert.ok(c.chars <= c.maxChars + 200_000, `analysis cache: ${c.chars} characters (bound ${c.maxChars})`);
  }
}

function timed<T>(p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('request timed out (hang)')), REQUEST_MS)),
  ]);
}

before(async () => {
  // --expose-gc: the debug statistics report each thread's heap after a collection (lsp/heapInUse.ts).
  child = spawn(process.execPath, ['--expose-gc', path.join(REPO, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env, WA_POLICY_DEBUG_STATS: '1' },
  });
  child.on('exit', (code) => (exited = code));
  conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      published.set(p.uri, p);
      waiters.splice(0).forEach((w) => w());
    },
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('waPolicy/status', () => undefined);
  conn.onNotification('$/progress', () => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: toUri(dir),
    capabilities: {},
    workspaceFolders: [{ uri: toUri(dir), name: 'soak' }],
  });
  conn.sendNotification('initialized', {});
});

after(() => {
  conn?.dispose();
  child?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('soak: the server starts with an alias-bomb config and a 5,000-deep JSON, and reports both', async () => {
  await timed(conn.sendRequest('waPolicy/scanWorkspace'));
  const deep = toUri(path.join(dir, 'deep/studio-flow.json'));
  const bomb = toUri(path.join(dir, 'bomb/.wa-policy.yaml'));
  for (let i = 0; i < 100 && !(published.has(deep) && published.has(bomb)); i++)
    await new Promise((r) => setTimeout(r, 100));
  assert.equal(exited, undefined, 'the server is running');
  assert.deepEqual(
    published.get(deep)?.diagnostics.map((d) => d.code),
    ['input/limits'],
  );
  assert.deepEqual(
    published.get(bomb)?.diagnostics.map((d) => d.code),
    ['input/limits'],
  );
});

/** One random editor operation on a file; returns the bytes it sent (for the time-per-MB column). */
async function operate(
  op: number,
  a: number,
  rel: string,
  mutations: Mutation[],
  open: Map<string, { version: number; text: string }>,
): Promise<number> {
  const uri = toUri(path.join(dir, rel));
  const doc = open.get(uri);
  switch (op) {
    case 0:
      if (doc) {
        conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
        open.delete(uri);
      } else {
        open.set(uri, { version: 1, text: FILES[rel] });
        conn.sendNotification('textDocument/didOpen', {
          textDocument: {
            uri,
            languageId: rel.endsWith('.md') ? 'markdown' : rel.endsWith('.json') ? 'json' : 'yaml',
            version: 1,
            text: FILES[rel],
          },
        });
        await waitFor(uri, 1);
      }
      break;
    case 1:
    case 2:
      if (!doc) break;
      doc.text = applyMutations(FILES[rel], mutations).slice(0, 200_000);
      doc.version++;
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: doc.version },
        contentChanges: [{ text: doc.text }],
      });
      return doc.text.length;
    case 3:
      if (doc)
        await timed(
          conn.sendRequest('textDocument/hover', {
            textDocument: { uri },
            position: { line: a % 20, character: (a >> 5) % 40 },
          }),
        );
      break;
    case 4:
      if (doc) {
        const diags = published.get(uri)?.diagnostics ?? [];
        const d = diags[a % Math.max(1, diags.length)];
        await timed(
          conn.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: d?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: d ? [d] : [] },
          }),
        );
      }
      break;
    case 5:
      if (a % 10 === 0) await timed(conn.sendRequest('waPolicy/scanWorkspace'));
      break;
  }
  return 0;
}

test(`soak: ${SECONDS} s of opens, edits, closes, hovers, code actions and scans`, async () => {
  const tally = new Tally(`server soak over stdio (${SECONDS} s)`);
  const rnd = fc.sample(fc.tuple(fc.nat(), fc.nat(), mutationsArb), { numRuns: 20_000, seed: 7 });
  const open = new Map<string, { version: number; text: string }>();
  const uriOf = (rel: string) => toUri(path.join(dir, rel));
  const samples: number[] = [];
  const stats: Stats[] = [];
  const end = Date.now() + SECONDS * 1000;
  let step = 0;
  let nextSample = 0;
  const slow: string[] = [];
  while (Date.now() < end && step < rnd.length) {
    const [a, b, mutations] = rnd[step++];
    const rel = EDITABLE[a % EDITABLE.length];
    const t0 = performance.now();
    let bytes = 0;
    try {
      bytes = await operate(b % 6, a, rel, mutations, open);
      tally.add('ok', performance.now() - t0, bytes);
      // Named, so a slow kind of request can be told from the others (the >15 s ones of session 10 were scans).
      if (performance.now() - t0 > SLOW_MS) slow.push(`${OPS[b % 6]} ${rel} ${(performance.now() - t0).toFixed(0)} ms`);
    } catch (e) {
      const what = `${OPS[b % 6]} ${rel}: ${(e as Error).message}`;
      tally.add(exited !== undefined ? 'crash' : 'hang', performance.now() - t0, bytes, what);
      if (exited !== undefined) break;
    }
    if (Date.now() >= nextSample) {
      stats.push(await timed(conn.sendRequest<Stats>('waPolicy/debugStats')));
      samples.push(stats[stats.length - 1].rssMb);
      assertCacheBounded(stats[stats.length - 1]);
      nextSample = Date.now() + 1000;
    }
  }
  // Settle: every open file gets one last known text; its diagnostics must equal a fresh lint of the same files.
  const overrides: Record<string, string> = {};
  for (const [uri, doc] of open) {
    doc.version++;
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ text: doc.text }],
    });
    overrides[
      path.join(
        dir,
        EDITABLE.find((r) => uriOf(r) === uri)!,
      )
    ] = doc.text;
  }
  const fresh = createPolicyService({ host: testHost(overrides) });
  const key = (d: Diag[]) =>
    d
      .map(
        (x) =>
          `${x.code}@${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`,
      )
      .sort();
  for (const [uri, doc] of open) {
    const got = await waitFor(uri, doc.version).catch(() => undefined);
    const want = (fresh.lint(uri)?.findings ?? []).map((f) => ({ code: f.rule, range: f.range }));
    const same = !!got && JSON.stringify(key(got)) === JSON.stringify(key(want));
    tally.add(
      same ? 'ok' : 'wrong',
      0,
      0,
      `${uri}: server ${got && key(got).join(', ')} / fresh ${key(want).join(', ')}`,
    );
  }
  const heaps = stats.map((x) => x.heapMb + (x.worker?.heapMb ?? 0));
  const [early, late] = thirds(samples);
  const [earlyHeap, lateHeap] = thirds(heaps);
  const mb = (x: number | undefined) => (x ?? 0).toFixed(0);
  tally.record(
    `${step} operations; RSS ${mb(samples[0])} → ${mb(late)} MB; heaps ${mb(heaps[0])} → ${mb(lateHeap)} MB`,
  );
  console.log(
    `soak: ${step} operations, RSS first ${mb(samples[0])} MB, max of first two thirds ${mb(early)} MB, max of last third ${mb(late)} MB; ` +
      `heaps (main + worker) ${mb(heaps[0])} / ${mb(earlyHeap)} / ${mb(lateHeap)} MB`,
  );
  for (const at of [0, Math.floor(stats.length / 2), stats.length - 1])
    console.log(`soak: stats at sample ${at}: ${JSON.stringify(stats[at])}`);
  console.log(
    `soak: ${slow.length} operations over ${SLOW_MS} ms${slow.length ? `: ${slow.slice(0, 20).join('; ')}` : ''}`,
  );
  assert.equal(exited, undefined, 'the server is still running');
  assert.equal(tally.crashes + tally.hangs + tally.wrong, 0, tally.first);
  // What the server keeps stops growing: the heaps of its last third stay within those of the first two.
  assert.ok(lateHeap < earlyHeap * 1.25 + 16, `heaps grew: ${mb(earlyHeap)} MB → ${mb(lateHeap)} MB`);
  assert.ok(late < early * 1.25 + 48, `RSS grew: ${mb(early)} MB → ${mb(late)} MB`);
  assert.ok(lateHeap < HEAP_MB, `heaps (main + worker) over ${HEAP_MB} MB: ${mb(lateHeap)} MB`);
  // Above the first sample, the heaps hold at most the two threads' full analysis caches (ten bytes per
  // character at the most) and 48 MB for the rest (models, lexicons, the lint worker's own start).
  const cacheMb = (2 * stats[0].analyses.maxChars * 10) / 1048576;
  const heapBound = heaps[0] + cacheMb + 48;
  assert.ok(lateHeap < heapBound, `heaps ${mb(heaps[0])} → ${mb(lateHeap)} MB (bound ${mb(heapBound)} MB)`);
  // The first sample is the bare process with nothing open: loading the lexicons and parsers on the first
  // lints, the lint worker (a second heap and bundle) and the bounded caches of both threads come on top
  // (see docs/robustness.md, "Soak memory").
  assert.ok(late < samples[0] + RSS_GROWTH_MB, `RSS grew over ${RSS_GROWTH_MB} MB: ${samples[0]} → ${late} MB`);
});

/** The max of the first two thirds of a series and the max of its last third. */
function thirds(series: number[]): [number, number] {
  const third = Math.max(1, Math.floor(series.length / 3));
  return [Math.max(...series.slice(0, series.length - third)), Math.max(...series.slice(series.length - third))];
}

/**
 * RSS the soak may add to the server's first sample: the lexicons and parsers loaded by the first lints
 * (~85 MB), the lint worker (~35–60 MB) and the bounded caches; measured 86 → 229 MB (load 21).
 */
const RSS_GROWTH_MB = Number(process.env.ROBUSTNESS_SOAK_RSS_GROWTH_MB ?? 224);
/**
 * Heap both threads keep (after a collection): about 20 MB each at rest, plus each thread's prompt-analysis cache
 * (4 M characters of prompt text, 5–10 bytes per character: under 40 MB) and its models; measured 35 → 92 MB over
 * 20,000 operations (session 14). Uncollected garbage is not counted: before, 20,000 fast edits read as heaps of
 * 155 → 229 MB that a collection brought back to 90.
 */
const HEAP_MB = Number(process.env.ROBUSTNESS_SOAK_HEAP_MB ?? 160);

test('soak: prompt analyses kept for reuse are bounded by size, not only by count', () => {
  const base = FILES['prompts/sparky.system.md'];
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 60; i++)
    analyzePrompt((`variant ${i}\n` + base).repeat(Math.ceil(200_000 / base.length)).slice(0, 200_000));
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1048576;
  console.log(`soak: heap kept after 60 analyses of 200 KB prompts: ${grown.toFixed(1)} MB`);
  assert.ok(grown < 80, `the analysis cache keeps ${grown.toFixed(1)} MB`);
});
