import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BotModel } from '../../src/model/types';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

export function fixture(format: string, name: string): { uri: string; text: string } {
  const p = path.join(REPO, 'test-fixtures', 'formats', format, name);
  return { uri: toUri(p), text: fs.readFileSync(p, 'utf8') };
}

/** Kind of each node by id, and edges as `from->to`. */
export function shape(model: BotModel): { kinds: Record<string, string>; edges: Set<string> } {
  const kinds: Record<string, string> = {};
  for (const n of model.flow?.nodes ?? []) kinds[n.id] = n.kind;
  return { kinds, edges: new Set((model.flow?.edges ?? []).map((e) => `${e.from}->${e.to}`)) };
}

/** The detected kind and the sorted rule ids of the findings of a fixture, through the policy service. */
export function lintFixture(format: string, name: string): { kind?: string; rules: string[]; errors: string[] } {
  const service = createPolicyService({ host: testHost() });
  const r = service.lint(fixture(format, name).uri);
  const rules = (r?.findings ?? []).map((f) => f.rule).sort();
  return { kind: r?.kind, rules, errors: (r?.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.rule) };
}
