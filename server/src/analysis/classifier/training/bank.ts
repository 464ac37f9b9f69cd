/**
 * The labeled clause bank: one YAML file per language in ../bank, `lang:` plus one list of
 * clauses per label. Also its hash (which the weights record) and the fixed held-out split.
 *
 * ../bank/outline/<writer>/<lang>.yaml hold clauses written later by independent writers, kept as
 * they wrote them. Each writer followed one outline across languages, so the n-th clause of a label
 * has counterparts in the writer's other languages: the held-out split takes such a group as a
 * whole, or the test would have seen its translation. An outline clause already in the bank is
 * skipped; one under another label there is a conflict and is dropped. A withdrawn outline clause is
 * `~` (null), so that the clauses after it keep their place in the outline.
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
  /** Relative to the bank folder. */
  file: string;
  /** Outline clauses: `<writer>/<label>/<index>`, shared by a clause's counterparts in other languages. */
  group?: string;
}

export interface LoadedBank {
  clauses: BankClause[];
  /** Outline clauses already in the bank under the same label (skipped). */
  duplicates: BankClause[];
  /** Outline clauses in the bank under another label (dropped, with the clause they contradict). */
  conflicts: BankClause[];
}

/** Percent of the bank held out from training for the printed accuracy figures. */
export const HELD_OUT_PERCENT = 15;
const OUTLINE_DIR = 'outline';

const yamlIn = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

/** The bank's own files (one per language). */
export function bankFiles(dir: string): string[] {
  return yamlIn(dir);
}

/** The outline writers' files, writer by writer. */
export function outlineFiles(dir: string): string[] {
  const root = path.join(dir, OUTLINE_DIR);
  if (!fs.existsSync(root)) return [];
  const writers = fs.readdirSync(root).filter((w) => fs.statSync(path.join(root, w)).isDirectory());
  return writers.sort().flatMap((w) => yamlIn(path.join(root, w)));
}

const readText = (file: string) => fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

/** sha256 over the bank and outline files' relative names and contents (line endings normalised). */
export function bankHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of [...bankFiles(dir), ...outlineFiles(dir)])
    h.update(`${path.relative(dir, f).split(path.sep).join('/')}\n${readText(f)}\n`);
  return h.digest('hex');
}

function parseFile(dir: string, file: string, outline: boolean): BankClause[] {
  const doc = parse(readText(file)) as Record<string, unknown>;
  const lang = doc?.lang;
  const rel = path.relative(dir, file).split(path.sep).join('/');
  if (typeof lang !== 'string') throw new Error(`${rel}: missing 'lang:'`);
  const writer = rel.split('/')[1];
  const out: BankClause[] = [];
  for (const [key, list] of Object.entries(doc)) {
    if (key === 'lang') continue;
    if (!isClauseLabel(key)) throw new Error(`${rel}: unknown label '${key}' (labels: ${CLAUSE_LABELS.join(', ')})`);
    if (!Array.isArray(list)) throw new Error(`${rel}: '${key}' must be a list`);
    list.forEach((t: unknown, i) => {
      if (t === null && outline) return; // withdrawn; the index of the next clauses stays its outline's
      if (typeof t !== 'string' || !t.trim())
        throw new Error(`${rel}: '${key}' has a non-text item (quote a clause with ': ' in it): ${JSON.stringify(t)}`);
      out.push({ text: t.trim(), label: key, lang, file: rel, ...(outline ? { group: `${writer}/${key}/${i}` } : {}) });
    });
  }
  return out;
}

/**
 * The bank's clauses, then the outline clauses that are new. A text listed twice in the bank's own
 * files is an error (under two labels it would contradict itself).
 */
export function loadBankReport(dir: string): LoadedBank {
  const seen = new Map<string, BankClause>();
  for (const c of bankFiles(dir).flatMap((f) => parseFile(dir, f, false))) {
    const key = normalizeClause(c.text);
    const prev = seen.get(key);
    if (prev) throw new Error(`duplicate clause in ${prev.file} (${prev.label}) and ${c.file} (${c.label}): ${c.text}`);
    seen.set(key, c);
  }
  const duplicates: BankClause[] = [];
  const conflicts: BankClause[] = [];
  const conflicting = new Set<string>();
  for (const c of outlineFiles(dir).flatMap((f) => parseFile(dir, f, true))) {
    const key = normalizeClause(c.text);
    const prev = seen.get(key);
    if (!prev) seen.set(key, c);
    else if (prev.label === c.label) duplicates.push(c);
    else {
      conflicts.push(c, prev);
      conflicting.add(key);
    }
  }
  const clauses = [...seen].filter(([key]) => !conflicting.has(key)).map(([, c]) => c);
  return { clauses, duplicates, conflicts };
}

export function loadBank(dir: string): BankClause[] {
  return loadBankReport(dir).clauses;
}

/**
 * Fixed split, 15%: a bank clause by the hash of its normalised text, an outline clause by the hash of
 * its group, so that its counterparts in the writer's other languages are held out with it.
 */
export function isHeldOut(c: BankClause): boolean {
  return fnv1a(c.group ?? normalizeClause(c.text)) % 100 < HELD_OUT_PERCENT;
}
