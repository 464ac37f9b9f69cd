/**
 * `npm run train`: trains on the bank minus the held-out split and prints its accuracy on the
 * split, then trains on the whole bank and writes ../weights.json (same bank → same bytes).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLAUSE_LABELS } from '../labels';
import { decodeModel, encodeModel } from '../modelFile';
import { predict } from '../predict';
import { bankHash, isHeldOut, loadBank, type BankClause } from './bank';
import { DEFAULT_OPTIONS, train } from './logistic';
import { accuracyReport, errorList } from './report';

function fit(dir: string, clauses: BankClause[]) {
  const t = train(clauses, DEFAULT_OPTIONS);
  return encodeModel({ hashBits: DEFAULT_OPTIONS.hashBits, bankHash: bankHash(dir), trainingSize: clauses.length, ...t });
}

export function main(root: string, argv: string[]): void {
  const dir = path.join(root, 'server/src/analysis/classifier/bank');
  const out = path.join(root, 'server/src/analysis/classifier/weights.json');
  const bank = loadBank(dir);
  const langs = new Set(bank.map((c) => c.lang));
  console.log(`bank: ${bank.length} clauses, ${langs.size} languages`);
  for (const label of CLAUSE_LABELS) console.log(`  ${label}: ${bank.filter((c) => c.label === label).length}`);

  const heldOut = bank.filter(isHeldOut);
  const evalModel = decodeModel(fit(dir, bank.filter((c) => !isHeldOut(c))));
  const outcomes = heldOut.map((clause) => ({ clause, predicted: predict(evalModel, clause.text).label }));
  console.log('\n' + accuracyReport(outcomes));
  if (argv.includes('--errors')) console.log('\nmisclassified held-out clauses:\n' + errorList(outcomes));

  const file = fit(dir, bank);
  const json = JSON.stringify(file) + '\n';
  fs.writeFileSync(out, json);
  console.log(`\nwrote ${path.relative(root, out)}: ${file.rows} feature rows, ${(json.length / 1024).toFixed(0)} KiB, bank ${file.bankHash.slice(0, 12)}`);
}
