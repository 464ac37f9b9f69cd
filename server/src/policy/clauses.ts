import { parse } from 'yaml';
import policiesYaml from '../../../schemas/policies.yaml';

export interface Clause {
  id: string;
  title: string;
  issuer: string;
  section?: string;
  effective?: string;
  verified: 'primary' | 'secondary';
  source: string;
  quote?: string;
  paraphrase?: string;
  meaning: string;
  not_supported?: string[];
}

let cache: Map<string, Clause> | undefined;

/** The policy clauses shipped with the linter, by id. */
export function clauses(): Map<string, Clause> {
  if (!cache) {
    // Dates stay strings: the core schema does not turn 2026-01-15 into a Date.
    const list = parse(policiesYaml, { schema: 'core' }) as Clause[];
    cache = new Map(
      list.map((c) => [c.id, { ...c, effective: c.effective === undefined ? undefined : String(c.effective) }]),
    );
  }
  return cache;
}

export function clause(id: string): Clause | undefined {
  return clauses().get(id);
}

export const DOCS_URL = 'https://github.com/wa-policy-lint/wa-policy-lint#rules';
