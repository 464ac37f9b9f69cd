/**
 * The labeled clause bank: one YAML file per language in ../bank, `lang:` plus one list of
 * clauses per label. Also its hash (which the weights record) and the fixed held-out split.
 */

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { fnv1a, normalizeClause } from '../features';
import { CLAUSE_LABELS, isClauseLabel, type ClauseLabel } from '../labels';

export interface BankClause {
  text: string;
  label: ClauseLabel;
  lang: string;
  file: string;
}

/** Percent of the bank held out from training for the printed accuracy figures. */
export const HELD_OUT_PERCENT = 15;

export function bankFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
}

const readText = (file: string) => fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

/** sha256 over the bank files' names and contents (line endings normalised), in name order. */
export function bankHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of bankFiles(dir)) h.update(`${path.basename(f)}\n${readText(f)}\n`);
  return h.digest('hex');
}

function parseFile(file: string): BankClause[] {
  const doc = parse(readText(file)) as Record<string, unknown>;
  const lang = doc?.lang;
  if (typeof lang !== 'string') throw new Error(`${file}: missing 'lang:'`);
  const out: BankClause[] = [];
  for (const [key, list] of Object.entries(doc)) {
    if (key === 'lang') continue;
    if (!isClauseLabel(key)) throw new Error(`${file}: unknown label '${key}' (labels: ${CLAUSE_LABELS.join(', ')})`);
    if (!Array.isArray(list)) throw new Error(`${file}: '${key}' must be a list`);
    for (const t of list) {
      if (typeof t !== 'string' || !t.trim()) throw new Error(`${file}: '${key}' has a non-text item (quote a clause with ': ' in it): ${JSON.stringify(t)}`);
      out.push({ text: t.trim(), label: key, lang, file: path.basename(file) });
    }
  }
  return out;
}

/** Every clause of the bank; a text listed twice is an error (under two labels it would contradict). */
export function loadBank(dir: string): BankClause[] {
  const all = bankFiles(dir).flatMap(parseFile);
  const seen = new Map<string, BankClause>();
  for (const c of all) {
    const key = normalizeClause(c.text);
    const prev = seen.get(key);
    if (prev) throw new Error(`duplicate clause in ${prev.file} (${prev.label}) and ${c.file} (${c.label}): ${c.text}`);
    seen.set(key, c);
  }
  return all;
}

/** Fixed split: a clause is held out when the hash of its normalised text falls in the first 15%. */
export function isHeldOut(c: BankClause): boolean {
  return fnv1a(normalizeClause(c.text)) % 100 < HELD_OUT_PERCENT;
}
