// The policy clauses as the extension ships them (schemas/policies.yaml in the extension folder),
// so that the suite checks links and hover text against the same data.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { extension } from './helpers';

export interface Clause {
  id: string;
  title: string;
  source: string;
  section?: string;
  effective?: string;
  quote?: string;
}

let cache: Map<string, Clause> | undefined;

export function clause(id: string): Clause {
  if (!cache) {
    const file = path.join(extension().extensionPath, 'schemas', 'policies.yaml');
    const list = parse(fs.readFileSync(file, 'utf8')) as Clause[];
    cache = new Map(
      list.map((c) => [c.id, { ...c, effective: c.effective === undefined ? undefined : String(c.effective) }]),
    );
  }
  const c = cache.get(id);
  if (!c) throw new Error(`clause ${id} is not in schemas/policies.yaml`);
  return c;
}
