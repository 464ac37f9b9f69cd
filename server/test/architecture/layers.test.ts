// Imports point one way: model ← analysis ← formats ← rules ← service ← lsp/cli. A module may import its own layer
// or a lower one, never a higher one, and no module imports itself back through a cycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const LAYERS: Record<string, number> = {
  model: 0,
  policy: 0,
  protocol: 0,
  analysis: 1,
  input: 1,
  formats: 2,
  parse: 2,
  rules: 3,
  config: 4,
  service: 4,
  nodeHost: 4,
  report: 4,
  l10n: 4,
  lsp: 5,
  cli: 5,
  server: 5,
};

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const SRC = path.join(repoRoot(), 'server', 'src');

function sourceFiles(dir: string, acc: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, acc);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) acc.push(p);
  }
  return acc;
}

function layerOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length === 1 ? rel[0].replace(/\.ts$/, '') : rel[0];
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', path.join(base, 'index.ts'), base])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return undefined;
}

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of sourceFiles(SRC)) {
    const text = fs.readFileSync(f, 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(f, m[1] ?? m[2]);
      if (target && target.startsWith(SRC)) deps.push(target);
    }
    g.set(f, deps);
  }
  return g;
}

test('every top-level folder of server/src has a layer', () => {
  const unknown = [...new Set(sourceFiles(SRC).map(layerOf))].filter((l) => !(l in LAYERS));
  assert.deepEqual(unknown, [], 'add the folder to LAYERS in this test and to docs/architecture.md');
});

test('no module imports a higher layer', () => {
  const upward: string[] = [];
  for (const [file, deps] of graph()) {
    for (const dep of deps) {
      if ((LAYERS[layerOf(dep)] ?? 99) > (LAYERS[layerOf(file)] ?? -1)) {
        upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, dep)}`);
      }
    }
  }
  assert.deepEqual(upward, []);
});

test('no import cycles between modules', () => {
  const g = graph();
  const state = new Map<string, 1 | 2>();
  const cycles: string[] = [];
  const visit = (f: string, stack: string[]): void => {
    state.set(f, 1);
    for (const d of g.get(f) ?? []) {
      if (state.get(d) === 1)
        cycles.push([...stack.slice(stack.indexOf(d)), d].map((p) => path.relative(SRC, p)).join(' → '));
      else if (!state.has(d)) visit(d, [...stack, d]);
    }
    state.set(f, 2);
  };
  for (const f of g.keys()) if (!state.has(f)) visit(f, [f]);
  assert.deepEqual(cycles, []);
});

test('the checker sees real imports (guards against a test that cannot fail)', () => {
  const g = graph();
  const edges = [...g.values()].reduce((n, d) => n + d.length, 0);
  assert.ok(g.size > 50 && edges > 100, `only ${g.size} modules and ${edges} imports found`);
});
