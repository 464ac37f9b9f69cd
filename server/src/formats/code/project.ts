/** Which files make up a code project: its root, its bot files and what they read. */
import type { Host } from '../../model/host';
import { dirOf, encodeSegment, join, toPath } from '../../model/uri';
import { CODE_DATA } from './data';
import { ENV_EXAMPLES } from '../shared/dotenv';
import { MANIFESTS } from '../shared/manifests';
import { codeLanguage, INSTALLED_PATH, KOTLIN_FILE, SKIP_PATH } from './language';

export { MANIFESTS };
/** A project's root holds a manifest, a Python setup script, a linter config or the repository. */
const ROOT_FILES = [...MANIFESTS, 'setup.py', '.wa-policy.yaml', '.git'];
/** Spring Boot settings, read with a Java project (`@Value("${app.system-prompt}")`). */
export const JAVA_SETTINGS = /\/src\/main\/resources\/application[\w-]*\.(?:ya?ml|properties)$/;
export { ENV_EXAMPLES };
const MAX_PROJECT_FILES = 4000;

const markedCache = new Map<string, { text: string; marked: boolean }>();

/** True when a code file mentions a WhatsApp transport or an LLM SDK (cheap substring check). */
export function hasCodeMarkers(text: string): boolean {
  return CODE_DATA.marker.test(text);
}

/** hasCodeMarkers for a file (by path or URI), remembered while its text is the same string. */
export function markedFile(uri: string, text: string): boolean {
  const hit = markedCache.get(uri);
  if (hit?.text === text) return hit.marked;
  const marked = hasCodeMarkers(text);
  if (markedCache.size > 20_000) markedCache.clear();
  markedCache.set(uri, { text, marked });
  return marked;
}

/** A code file worth reading: a source file outside installed code, with a marker. */
export function looksLikeBotCode(path: string, text: () => string): boolean {
  return (
    (codeLanguage(path) !== undefined || KOTLIN_FILE.test(path)) &&
    !INSTALLED_PATH.test(path) &&
    markedFile(path, text())
  );
}

/** The nearest folder above a file with a manifest, a config or .git (else the file's folder). */
export function codeRoot(uri: string, host: Host): string {
  let dir = dirOf(uri);
  for (let depth = 0; depth < 8; depth++) {
    if (
      ROOT_FILES.some(
        (n) =>
          host.readFile(join(dir, n)) !== undefined || (n === '.git' && host.listFiles(join(dir, n), 1).length > 0),
      )
    )
      return dir;
    const up = dirOf(dir);
    if (up === dir || !/\/[^/]/.test(up.replace(/^file:\/\//, ''))) break;
    dir = up;
  }
  return dirOf(uri);
}

/** Bot code files of the project, the modules and data files they read, manifests and env examples. */
export function codeFiles(root: string, host: Host): string[] {
  const out = new Set<string>();
  const all = host.listFiles(root, MAX_PROJECT_FILES).filter((u) => !SKIP_PATH.test(u.slice(root.length)));
  const byUri = new Set(all);
  const queue: string[] = [];
  for (const u of all) {
    if (!codeLanguage(u) && !KOTLIN_FILE.test(u)) continue;
    const text = host.readFile(u);
    if (text !== undefined && markedFile(toPath(u), text)) queue.push(u);
  }
  for (let i = 0; i < queue.length && out.size < MAX_PROJECT_FILES; i++) {
    const u = queue[i];
    if (out.has(u)) continue;
    out.add(u);
    const text = host.readFile(u) ?? '';
    for (const target of [
      ...referencedFiles(u, text, root),
      ...goPackageFiles(u, text, all, root, host),
      ...classFiles(u, text, all),
    ])
      if (byUri.has(target) && !out.has(target)) queue.push(target);
  }
  // Kotlin files are not followed by their imports (kotlin.ts): every Kotlin file of the project is read with them.
  if ([...out].some((u) => KOTLIN_FILE.test(u))) for (const u of all) if (KOTLIN_FILE.test(u)) out.add(u);
  // Data files (prompt texts, JSON/YAML config) whose name a bot file mentions.
  // A Java project's Spring settings, which name its prompt resources (`prompt-file=classpath:prompts/system.txt`).
  if ([...out].some((u) => codeLanguage(u) === 'java')) for (const u of all) if (JAVA_SETTINGS.test(u)) out.add(u);
  const texts = [...out].map((u) => host.readFile(u) ?? '');
  for (const u of all) {
    if (!DATA_FILE.test(u) || out.has(u)) continue;
    const name = decodeURIComponent(u.slice(u.lastIndexOf('/') + 1));
    if (texts.some((t) => t.includes(name))) out.add(u);
  }
  for (const name of [...MANIFESTS, ...ENV_EXAMPLES, '.wa-policy.yaml']) {
    const u = join(root, name);
    if (host.readFile(u) !== undefined) out.add(u);
  }
  return [...out];
}

/** Prompt and config files (templates too: Handlebars, Nunjucks, Mustache, Liquid, Spring AI `.st`). */
const DATA_FILE =
  /\.(?:txt|md|json|ya?ml|prompt|j2|jinja2?|tmpl|hbs|handlebars|njk|mustache|liquid|st|properties|toml)$/i;
const JS_IMPORT = /(?:from\s+|require\(\s*|import\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const PY_IMPORT = /^\s*(?:from\s+(\.*[\w.]*)\s+import\s*(\([\w\s,]*\)|[\w ,]*)|import\s+([\w.]+))/gm;
const DATA_PATH =
  /['"](?:classpath:)?([\w./-]+\.(?:txt|md|json|ya?ml|prompt|j2|jinja2?|tmpl|hbs|handlebars|njk|mustache|liquid|st|toml))['"]|go:embed\s+([\w./-]+)/g;
/** Ruby `require_relative "lib/prompt_store"`. */
const RB_REQUIRE = /\brequire_relative\s*\(?\s*['"]([\w./-]+)['"]/g;
const PHP_INCLUDE = /\b(?:require|include)(?:_once)?\s*\(?\s*(?:__DIR__\s*\.\s*)?['"]\/?([\w./-]+\.php)['"]/g;
/** `use App\Services\Prompts;` (PSR-4: app/Services/Prompts.php) and Laravel `config('services.x')` (config/services.php). */
const PHP_USE = /^\s*use\s+App\\([\w\\]+)\s*;|\bconfig\(\s*['"](\w+)\./gm;
/** `resources/views/a/b.blade.php` for Laravel's view name `a.b`. */
export function bladePath(name: string): string {
  return `resources/views/${name.replace(/\./g, '/')}.blade.php`;
}

/** Laravel `view('prompts.system'` / `View::make('prompts.system'`: resources/views/prompts/system.blade.php. */
const PHP_VIEW = /\b(?:view|View::make)\(\s*['"]([\w.-]+)['"]/g;
const JS_EXT = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js'];

/** Candidate files a module imports or reads (relative imports, Python modules, literal data paths). */
export function referencedFiles(uri: string, text: string, root: string): string[] {
  const dir = dirOf(uri);
  const out: string[] = [];
  if (codeLanguage(uri) === 'python') {
    for (const m of text.matchAll(PY_IMPORT)) {
      out.push(...pythonModuleFiles(m[1] ?? m[3], dir, root));
      // `from . import prompts`: the names may be submodules of the package.
      for (const name of m[1] !== undefined ? (m[2].match(/\w+/g) ?? []) : []) {
        if (name !== 'as')
          out.push(...pythonModuleFiles(m[1].endsWith('.') ? m[1] + name : `${m[1]}.${name}`, dir, root));
      }
    }
  } else if (codeLanguage(uri) === 'php') {
    for (const m of text.matchAll(PHP_INCLUDE)) out.push(resolveRelative(dir, m[1]), join(root, m[1]));
    for (const m of text.matchAll(PHP_USE))
      out.push(m[1] ? join(root, `app/${m[1].replace(/\\/g, '/')}.php`) : join(root, `config/${m[2]}.php`));
    for (const m of text.matchAll(PHP_VIEW)) out.push(join(root, bladePath(m[1])));
  } else if (codeLanguage(uri) === 'ruby') {
    for (const m of text.matchAll(RB_REQUIRE)) out.push(resolveRelative(dir, m[1].replace(/\.rb$/, '') + '.rb'));
  } else if (codeLanguage(uri) !== 'go' && codeLanguage(uri) !== 'java') {
    for (const m of text.matchAll(JS_IMPORT)) {
      const spec = m[1].replace(/\.[mc]?js$/, '');
      for (const ext of JS_EXT) out.push(resolveRelative(dir, spec + ext));
      out.push(resolveRelative(dir, m[1]));
    }
  }
  for (const m of text.matchAll(DATA_PATH)) {
    const p = (m[1] ?? m[2]).replace(/^\.\//, '');
    out.push(resolveRelative(dir, p), join(root, p), join(root, `src/main/resources/${p.replace(/^\//, '')}`));
  }
  return out;
}

/**
 * A Go file's package (the other files of its folder) and the project's packages it imports: by go.mod's module
 * path (`example.com/bot/internal/llm` is `internal/llm` under the root), else by the folder's name.
 */
function goPackageFiles(uri: string, text: string, all: string[], root: string, host: Host): string[] {
  if (codeLanguage(uri) !== 'go') return [];
  const modulePath = /^\s*module\s+(\S+)/m.exec(host.readFile(join(root, 'go.mod')) ?? '')?.[1];
  const dirs = new Set([dirOf(uri)]);
  const folders: string[] = [];
  for (const m of text.matchAll(/\bimport\s*(?:\(([^)]*)\)|(?:[\w.]+\s+)?"([^"]+)")/g)) {
    for (const s of (m[1] ?? `"${m[2]}"`).match(/"[^"]+"/g) ?? []) {
      const p = s.slice(1, -1);
      if (modulePath && p.startsWith(`${modulePath}/`)) dirs.add(join(root, p.slice(modulePath.length + 1)));
      else folders.push(`/${p.split('/').pop()}`);
    }
  }
  return all.filter((u) => {
    if (codeLanguage(u) !== 'go') return false;
    const d = dirOf(u);
    return dirs.has(d) || folders.some((f) => d.endsWith(f));
  });
}

/**
 * Java and Ruby name classes, not files: a Java class (`Prompts.SYSTEM`, `new Uebergabe(…)`) is `Prompts.java`
 * anywhere in the project, a Ruby constant (`PromptStore.fetch`, Rails autoloading) is `prompt_store.rb`.
 */
function classFiles(uri: string, text: string, all: string[]): string[] {
  const lang = codeLanguage(uri);
  if (lang !== 'java' && lang !== 'ruby') return [];
  const words = new Set(text.match(/\b[A-Z][A-Za-z0-9]+\b/g) ?? []);
  const file = (w: string) =>
    lang === 'java' ? `${w}.java` : `${w.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase()}.rb`;
  const names = new Set([...words].map(file));
  return all.filter((u) => codeLanguage(u) === lang && names.has(decodeURIComponent(u.slice(u.lastIndexOf('/') + 1))));
}

export function pythonModuleFiles(spec: string, dir: string, root: string): string[] {
  const dots = /^\.*/.exec(spec)![0].length;
  const rest = spec.slice(dots).split('.').filter(Boolean).join('/');
  let base = dir;
  for (let i = 1; i < dots; i++) base = dirOf(base);
  const bases = dots ? [base] : [dir, root, join(root, 'src'), join(root, 'app')];
  return bases.flatMap((b) =>
    rest ? [join(b, `${rest}.py`), join(b, `${rest}/__init__.py`)] : [join(b, '__init__.py')],
  );
}

/** `dir` + a relative path with `./` and `../`, never above the file system root. */
export function resolveRelative(dir: string, rel: string): string {
  const parts = dir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '.' || seg === '') continue;
    if (seg === '..') {
      if (parts.length > 3) parts.pop();
    } else parts.push(encodeSegment(seg));
  }
  return parts.join('/');
}

export function isInside(root: string, uri: string): boolean {
  return uri.startsWith(root + '/') && !toPath(uri).includes('/../');
}
