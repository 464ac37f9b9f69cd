// Bundles the client, the language server and the CLI into dist/, and the tests into out/test.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
const loader = { '.yaml': 'text' };
const YAML = require('yaml');

// `import files from 'wa-policy:lexicons'`: every server/src/analysis/lexicons/*.yaml, parsed into JSON and
// validated with its zod schema (lexicons/schema.ts, compiled here on the fly) at build time: file name →
// checked data, so the bundles do not validate the lexicons at start-up.
const lexiconsDir = path.join(__dirname, 'server', 'src', 'analysis', 'lexicons');

function lexiconValidator() {
  const out = esbuild.buildSync({
    entryPoints: [path.join(lexiconsDir, 'schema.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports.toLexicon;
}

const lexiconsPlugin = {
  name: 'lexicons',
  setup(build) {
    build.onResolve({ filter: /^wa-policy:lexicons$/ }, () => ({ path: lexiconsDir, namespace: 'lexicons' }));
    build.onLoad({ filter: /.*/, namespace: 'lexicons' }, () => {
      const names = fs
        .readdirSync(lexiconsDir)
        .filter((n) => n.endsWith('.yaml'))
        .sort();
      const files = {};
      const toLexicon = lexiconValidator();
      for (const n of names) {
        const text = fs.readFileSync(path.join(lexiconsDir, n), 'utf8');
        try {
          files[n] = toLexicon(n, YAML.parse(text, { prettyErrors: true }));
        } catch (e) {
          return { errors: [{ text: `${n}: ${e.message}` }] };
        }
      }
      return {
        contents: JSON.stringify(files),
        loader: 'json',
        watchFiles: [...names, 'schema.ts', 'types.ts'].map((n) => path.join(lexiconsDir, n)),
        watchDirs: [lexiconsDir],
      };
    });
  },
};

/**
 * Folders of test data (the blind sets' projects, which may hold test files of their own): tsconfig.json excludes
 * them from type checking, and their files are never test entries.
 */
const TEST_DATA_DIRS = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8'))
  .exclude.filter((g) => g.endsWith('/**'))
  .map((g) => path.normalize(g.slice(0, -3)));

function testEntries(dir, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!TEST_DATA_DIRS.includes(path.normalize(p))) testEntries(p, acc);
    } else if (e.name.endsWith('.test.ts')) acc.push(p);
  }
  return acc;
}

const common = {
  plugins: [lexiconsPlugin],
  bundle: true,
  mainFields: ['module', 'main'],
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !minify,
  minify,
  loader,
  logLevel: 'warning',
};
const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
];
if (fs.existsSync('server/src/cli/main.ts'))
  builds.push({
    ...common,
    entryPoints: { cli: 'server/src/cli/main.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  });
const tests = [...testEntries('server/test'), ...testEntries('client/test')];
if (!minify && tests.length) {
  builds.push({
    ...common,
    entryPoints: tests,
    outdir: 'out/test',
    outbase: '.',
    packages: 'external',
    external: ['vscode'],
  });
}

async function buildAll() {
  if (watch) {
    for (const b of builds) await (await esbuild.context(b)).watch();
    console.log('watching…');
  } else {
    // Test bundles of deleted or renamed test files must not linger (run-tests.js runs every file in out/test).
    if (!minify) fs.rmSync('out/test', { recursive: true, force: true });
    await Promise.all(builds.map((b) => esbuild.build(b)));
    // Characters outside ASCII left in regex literals (the stemmers') make V8 keep a bundle's source as a two-byte
    // string: 10 MB instead of 5 for the server, in each thread that loads it. \uXXXX means the same in a regex.
    for (const f of ['dist/server.js', 'dist/cli.js'])
      if (fs.existsSync(f)) fs.writeFileSync(f, asciiOnly(fs.readFileSync(f, 'utf8')));
    // The CLI is a bin: keep it executable across rebuilds (npx links it once and runs it directly).
    if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
    // Tree-sitter runtime and grammars for bots written in code, loaded from disk at run time.
    const wasm = path.join('node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
    fs.mkdirSync('dist/wasm', { recursive: true });
    for (const f of [
      'tree-sitter',
      'tree-sitter-typescript',
      'tree-sitter-tsx',
      'tree-sitter-javascript',
      'tree-sitter-python',
      'tree-sitter-go',
      'tree-sitter-php',
      'tree-sitter-java',
      'tree-sitter-ruby',
    ])
      fs.copyFileSync(path.join(wasm, `${f}.wasm`), path.join('dist/wasm', `${f}.wasm`));
  }
}

/** Escapes every UTF-16 unit outside ASCII as \uXXXX (an identity escape `\é` becomes `\u00e9`). */
function asciiOnly(src) {
  let out = '';
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) continue;
    let slashes = 0;
    while (src.charCodeAt(i - 1 - slashes) === 92) slashes++;
    out += src.slice(from, slashes % 2 ? i - 1 : i) + '\\u' + c.toString(16).padStart(4, '0');
    from = i + 1;
  }
  return from ? out + src.slice(from) : src;
}

module.exports = { lexiconsPlugin };
// scripts/bench.js requires this file for the lexicons plugin only.
if (require.main === module)
  buildAll().catch((e) => {
    console.error(e);
    process.exit(1);
  });
