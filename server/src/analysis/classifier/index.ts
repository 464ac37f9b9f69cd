/**
 * A small multilingual clause classifier: hashed words and character n-grams, a linear model
 * (multinomial logistic regression) trained by `npm run train` on the clause bank in ./bank.
 * The weights are bundled JSON: no I/O, deterministic, linear in the clause length.
 */

import weightsFile from './weights.json';
import { decodeModel, type DecodedModel, type ModelFile } from './modelFile';
import { predict, type ClauseClass } from './predict';

export { CLAUSE_LABELS, type ClauseLabel } from './labels';
export type { ClauseClass } from './predict';

export interface ModelInfo {
  /** `<format>.<first 12 hex digits of the bank hash>`. */
  version: string;
  /** Non-zero hashed feature rows in the weights. */
  featureCount: number;
  /** Labeled clauses the shipped weights were trained on. */
  trainingSize: number;
  bankHash: string;
}

let model: DecodedModel | undefined;

function loaded(): DecodedModel {
  return (model ??= decodeModel(weightsFile as ModelFile));
}

/** Class of one clause (a sentence or bullet), with the probability of every class. */
export function classifyClause(text: string): ClauseClass {
  return predict(loaded(), text);
}

export function loadedModelInfo(): ModelInfo {
  const f = weightsFile as ModelFile;
  return { version: `${f.format}.${f.bankHash.slice(0, 12)}`, featureCount: f.rows, trainingSize: f.trainingSize, bankHash: f.bankHash };
}
