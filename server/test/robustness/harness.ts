import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../src/model/text';
import { RULES_BY_ID } from '../../src/rules';
import { createPolicyService, type PolicyService } from '../../src/service';
import type { Finding } from '../../src/service/findings';
import type { Host } from '../../src/service/host';
import { REPO } from '../helpers/fsHost';

/** An in-memory workspace (no disk): what the pure core sees in the editor. */
export function memoryHost(
  files: Record<string, string> = {},
): Host & { set(uri: string, text: string): void; files: Map<string, string> } {
  const map = new Map(Object.entries(files));
  return {
    files: map,
    readFile: (uri) => map.get(uri),
    listFiles: (dir, limit = 10_000) =>
      [...map.keys()]
        .filter((u) => u.startsWith(dir + '/'))
        .sort()
        .slice(0, limit),
    set: (uri, text) => void map.set(uri, text),
  };
}

export const WS = 'file:///ws';

/** A fixture folder (or file) of the repository as in-memory files under `${WS}/<name>/`. */
export function fixtureFiles(rel: string, name: string): Record<string, string> {
  const abs = path.join(REPO, 'test-fixtures', rel);
  const out: Record<string, string> = {};
  const add = (p: string, relTo: string) => {
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) add(path.join(p, e), relTo);
    else if (!/expected\.json$|__fixed__/.test(p))
      out[`${WS}/${name}/${path.relative(relTo, p).split(path.sep).map(encodeURIComponent).join('/')}`] =
        fs.readFileSync(p, 'utf8');
  };
  if (fs.statSync(abs).isDirectory()) add(abs, abs);
  else out[`${WS}/${name}/${encodeURIComponent(path.basename(abs))}`] = fs.readFileSync(abs, 'utf8');
  return out;
}

export type Verdict = 'ok' | 'crash' | 'hang' | 'wrong';

/** One lint checked for the invariants every input must keep; returns what went wrong, if anything. */
export function checkLint(
  service: PolicyService,
  host: { readFile(u: string): string | undefined },
  uri: string,
  hangMs = 10_000,
): { verdict: Verdict; ms: number; detail?: string; findings: Finding[] } {
  const t0 = performance.now();
  let findings: Finding[] = [];
  try {
    findings = service.lint(uri)?.findings ?? [];
  } catch (e) {
    return { verdict: 'crash', ms: performance.now() - t0, detail: String((e as Error).stack ?? e), findings };
  }
  const ms = performance.now() - t0;
  const internal = findings.find((f) => f.rule === 'internal/error');
  if (internal) return { verdict: 'crash', ms, detail: internal.message, findings };
  if (ms > hangMs) return { verdict: 'hang', ms, detail: `${ms.toFixed(0)} ms`, findings };
  const wrong = rangeProblem(findings, (u) => host.readFile(u) ?? '');
  return { verdict: wrong ? 'wrong' : 'ok', ms, detail: wrong, findings };
}

/** A finding or fix whose range lies outside its document, or an unknown rule id. */
function rangeProblem(findings: Finding[], textOf: (uri: string) => string): string | undefined {
  const indexes = new Map<string, LineIndex>();
  const inside = (uri: string, r: Finding['range']) => {
    const ix = indexes.get(uri) ?? indexes.set(uri, new LineIndex(textOf(uri))).get(uri)!;
    const ok = (p: { line: number; character: number }) =>
      p.line >= 0 &&
      p.line < ix.lineCount &&
      p.character >= 0 &&
      ix.lineStart(p.line) + p.character <= ix.lineEnd(p.line);
    return (
      ok(r.start) &&
      ok(r.end) &&
      (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character))
    );
  };
  for (const f of findings) {
    if (!RULES_BY_ID.has(f.rule)) return `unknown rule ${f.rule}`;
    if (!inside(f.uri, f.range)) return `${f.rule} range ${JSON.stringify(f.range)} outside ${f.uri}`;
    for (const fix of f.fixes)
      for (const e of fix.edits)
        if (!inside(e.uri, e.range)) return `${f.rule} fix '${fix.title}' edits outside ${e.uri}`;
  }
  return undefined;
}

export function newService(host: Host): PolicyService {
  return createPolicyService({ host });
}

/** A row of the robustness table, appended to the file named by ROBUSTNESS_STATS (the runner prints the table). */
export interface StatRow {
  suite: string;
  inputs: number;
  crashes: number;
  hangs: number;
  wrong: number;
  /** Worst lint time per MB of input, in ms. */
  worstMsPerMb: number;
  note?: string;
}

export function recordStats(row: StatRow): void {
  const file = process.env.ROBUSTNESS_STATS;
  if (file) fs.appendFileSync(file, JSON.stringify(row) + '\n');
}

export class Tally {
  inputs = 0;
  crashes = 0;
  hangs = 0;
  wrong = 0;
  worstMsPerMb = 0;
  first: string | undefined;
  constructor(readonly suite: string) {}
  add(verdict: Verdict, ms: number, bytes: number, detail?: string): void {
    this.inputs++;
    if (verdict === 'crash') this.crashes++;
    if (verdict === 'hang') this.hangs++;
    if (verdict === 'wrong') this.wrong++;
    if (verdict !== 'ok' && !this.first) this.first = `${verdict}: ${detail}`;
    // Per-MB cost is only meaningful past a few KB (fixed costs dominate tiny inputs).
    if (bytes >= 4096) this.worstMsPerMb = Math.max(this.worstMsPerMb, ms / (bytes / 1048576));
  }
  /** Runs one named case, tallied as ok, hang (a time-out) or wrong; a failure is thrown on for the test. */
  async time(name: string, fn: () => Promise<void>): Promise<void> {
    const t0 = performance.now();
    try {
      await fn();
      this.add('ok', performance.now() - t0, 0);
    } catch (e) {
      const hang = /timed out/.test((e as Error).message);
      this.add(hang ? 'hang' : 'wrong', performance.now() - t0, 0, `${name}: ${(e as Error).message}`);
      throw e;
    }
  }
  record(note?: string): void {
    recordStats({
      suite: this.suite,
      inputs: this.inputs,
      crashes: this.crashes,
      hangs: this.hangs,
      wrong: this.wrong,
      worstMsPerMb: Math.round(this.worstMsPerMb),
      note,
    });
  }
}
