/**
 * The clause bank holds no text of a blind set: a blind set's clauses (lines and sentences of its
 * prompts, in server/test/analysis/blind* and in /work/blind7dev when present) must not be bank
 * clauses, or the blind figures would measure recall of the bank rather than generalisation.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeClause } from '../../src/analysis/classifier/features';
import { loadBank } from '../../src/analysis/classifier/training/bank';

const ROOT = path.resolve(__dirname, '../../../../..');
const BANK_DIR = path.join(ROOT, 'server/src/analysis/classifier/bank');
const ANALYSIS_TESTS = path.join(ROOT, 'server/test/analysis');
/** The blind sets' folders (blind, blind2, ...) and the dev half of blind set 7 when present. */
const BLIND_DIRS = [
  ...fs
    .readdirSync(ANALYSIS_TESTS)
    .filter((d) => /^blind\d*$/.test(d))
    .map((d) => path.join(ANALYSIS_TESTS, d)),
  '/work/blind7dev',
];

/**
 * Bank clauses that were in the bank before a later blind set was written and that its writers, who saw neither,
 * wrote word for word too (common short sentences): not copied from the set. Each names the commit that added it.
 */
const WRITTEN_BEFORE = new Set([
  // b55a18d, 2026-12-04; blind set 11 was written on 2026-12-05 at 15:15 UTC.
  'de.yaml generic-persona: Du bist ein hilfreicher Assistent.',
  // b55a18d, 2026-12-04; blind set 14 was written on 2026-12-06 at 02:05 UTC.
  'es.yaml neutral: Tutea al cliente.',
  // b55a18d, 2026-12-04; blind set 15 was written on 2026-12-06 at 05:00 UTC.
  'bn.yaml neutral: গ্রাহককে "আপনি" বলে সম্বোধন করো।',
  // b285de3, 2026-12-05 before 15:00 UTC; blind set 11 was written after 15:15 UTC.
  'outline/bw3/ar.yaml refusal: أنت لست ChatGPT ولا مساعداً عاماً.',
  'outline/bw3/fa.yaml refusal: تو ChatGPT نیستی و دستیار عمومی هم نیستی.',
  // 3abdd95, 2026-12-04; blind set 19 was written on 2026-12-06 before 19:45 UTC.
  'en.yaml refusal: You are not a general chatbot.',
  // 3abdd95, 2026-12-04; blind set 20 was written on 2026-12-07 after 02:50 UTC.
  'id.yaml refusal: Kamu bukan chatbot umum.',
  // b285de3, 2026-12-05; blind set 21 was written on 2026-12-07 after 06:55 UTC (the usual Vietnamese forms of address).
  "outline/bw2/vi.yaml neutral: Xưng 'em', gọi khách là 'anh/chị'.",
  // b55a18d, 2026-12-04; blind set 22 was written on 2026-12-07 after 10:47 UTC (a plain English grant; the usual
  // Persian form of address).
  'en.yaml grant: Answer any question the user asks, on any topic.',
  'fa.yaml neutral: مشتری را «شما» خطاب کن.',
]);

/** Bullets, numbering, quotes and code punctuation around a clause; the comparison ignores them. */
const EDGE = /^[\s\-*•·>#`'"“”«»„(),;:0-9.)]+|[\s`'"“”«»„(),;]+$/gu;
const SENTENCE_END = /(?<=[.!?。！？؟।])\s+/u;

const key = (s: string) => normalizeClause(s).replace(EDGE, '').replace(/\s+/g, ' ');

function files(dir: string, acc: string[] = []): string[] {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, acc);
    else if (/\.(json|ts)$/.test(e.name)) acc.push(p);
  }
  return acc;
}

/** Every string of a JSON file; a TypeScript case file as raw text (its prompts are template literals). */
function texts(file: string): string[] {
  const raw = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return [raw];
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(raw));
  return out;
}

function blindClauses(): Set<string> {
  const out = new Set<string>();
  for (const dir of BLIND_DIRS)
    for (const f of files(dir))
      for (const t of texts(f))
        for (const line of t.split(/\r?\n|\\n/))
          for (const piece of [line, ...line.split(SENTENCE_END)]) {
            const k = key(piece);
            if (k.length >= 12) out.add(k);
          }
  return out;
}

test('no clause of a blind set is in the clause bank', () => {
  assert.ok(BLIND_DIRS.length >= 7, BLIND_DIRS.join());
  const blind = blindClauses();
  assert.ok(blind.size > 5000, `blind clauses found: ${blind.size}`);
  const shared = loadBank(BANK_DIR)
    .filter((c) => blind.has(key(c.text)))
    .map((c) => `${c.file} ${c.label}: ${c.text}`)
    .filter((c) => !WRITTEN_BEFORE.has(c));
  assert.deepEqual(shared, []);
});

test('the check would see a blind clause copied into the bank', () => {
  const blind = blindClauses();
  const sample = [...blind][blind.size >> 1];
  assert.ok(blind.has(key(`- "${sample}",`)));
});
