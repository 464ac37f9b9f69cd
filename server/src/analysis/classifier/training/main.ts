/**
 * `npm run train`: prints how a model trained on the bank's own files does on the independent
 * outline clauses, trains on the bank minus the held-out split and prints its accuracy on the split,
 * then trains on the whole bank and writes ../weights.json (same bank → same bytes).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLAUSE_LABELS } from '../labels';
import { decodeModel, encodeModel } from '../modelFile';
import { predict } from '../predict';
import { bankHash, isHeldOut, loadBankReport, type BankClause } from './bank';
import { DEFAULT_OPTIONS, train } from './logistic';
import { accuracy, accuracyReport, errorList, type Outcome } from './report';
import { calibrate, calibrationReport } from './calibrate';

function fit(dir: string, clauses: BankClause[]) {
  const t = train(clauses, DEFAULT_OPTIONS);
  return encodeModel({
    hashBits: DEFAULT_OPTIONS.hashBits,
    bankHash: bankHash(dir),
    trainingSize: clauses.length,
    ...t,
  });
}

/** Trains on `train` and predicts `test`. */
function evaluate(dir: string, trainOn: BankClause[], test: BankClause[]): Outcome[] {
  return evaluateWith(decodeModel(fit(dir, trainOn)), test);
}

function evaluateWith(model: ReturnType<typeof decodeModel>, test: BankClause[]): Outcome[] {
  return test.map((clause) => ({ clause, predicted: predict(model, clause.text).label }));
}

function printBank(dir: string) {
  const { clauses, duplicates, conflicts } = loadBankReport(dir);
  const langs = new Set(clauses.map((c) => c.lang));
  const outline = clauses.filter((c) => c.group).length;
  console.log(`bank: ${clauses.length} clauses (${outline} from outline writers), ${langs.size} languages`);
  for (const label of CLAUSE_LABELS) console.log(`  ${label}: ${clauses.filter((c) => c.label === label).length}`);
  console.log(`outline clauses already in the bank (skipped): ${duplicates.length}`);
  console.log(`conflicts (dropped, in pairs): ${conflicts.length / 2}`);
  for (const c of conflicts) console.log(`  ${c.file} ${c.label}: ${c.text}`);
  return clauses;
}

export function main(root: string, argv: string[]): void {
  const dir = path.join(root, 'server/src/analysis/classifier/bank');
  const out = path.join(root, 'server/src/analysis/classifier/weights.json');
  const bank = printBank(dir);
  const errors = argv.includes('--errors');

  const own = bank.filter((c) => !c.group);
  const outline = bank.filter((c) => c.group);
  if (outline.length && !argv.includes('--no-independent')) {
    const independent = evaluate(dir, own, outline);
    console.log('\n' + accuracyReport(independent, 'Outline clauses, model trained on the bank files only'));
    if (errors) console.log('\nmisclassified outline clauses:\n' + errorList(independent));
  }

  const heldOut = bank.filter(isHeldOut);
  const heldOutModel = decodeModel(
    fit(
      dir,
      bank.filter((c) => !isHeldOut(c)),
    ),
  );
  const outcomes = evaluateWith(heldOutModel, heldOut);
  console.log('\n' + accuracyReport(outcomes));
  const lexicons = path.join(root, 'server/src/analysis/lexicons');
  console.log('\n' + calibrationReport(calibrate(heldOutModel, heldOut, lexicons)));
  console.log(`  of which outline clauses: ${accuracy(outcomes.filter((o) => o.clause.group))}`);
  // The bank files' own split, comparable with the figures before the outline clauses came.
  console.log(
    '\n' +
      accuracyReport(
        outcomes.filter((o) => !o.clause.group),
        'Held-out clauses of the bank files',
      ),
  );
  if (errors) console.log('\nmisclassified held-out clauses:\n' + errorList(outcomes));

  const file = fit(dir, bank);
  const json = JSON.stringify(file) + '\n';
  fs.writeFileSync(out, json);
  console.log(
    `\nwrote ${path.relative(root, out)}: ${file.rows} feature rows, ${(json.length / 1024).toFixed(0)} KiB, bank ${file.bankHash.slice(0, 12)}`,
  );
  console.log(inferenceTiming(decodeModel(file), bank));
}

/** Mean time per bank clause with the shipped model (best of three passes; the machine may be shared). */
function inferenceTiming(model: ReturnType<typeof decodeModel>, bank: BankClause[]): string {
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = process.hrtime.bigint();
    for (const c of bank) predict(model, c.text);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / bank.length / 1000);
  }
  return `inference: ${best.toFixed(1)} µs per clause (mean over the bank's ${bank.length} clauses)`;
}
