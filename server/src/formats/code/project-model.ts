/** The parsed modules and data files of one code project, shared by the resolvers. */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { dirOf, join } from '../../model/uri';
import { codeLanguage } from './language';
import { mostlyErrors, parseCode, type CodeLanguage, type MostlyErrors, type Node, type Tree } from './parser';
import { pythonModuleFiles, resolveRelative } from './project';

export interface Module {
  uri: string;
  text: string;
  lang: CodeLanguage;
  python: boolean;
  /** The module's syntax tree: the cached one, or parsed again when it was evicted (see `holdingTrees`). */
  readonly tree: Tree;
}

function moduleOf(uri: string, text: string, lang: CodeLanguage, first: Tree): Module {
  let last = first;
  return {
    uri,
    text,
    lang,
    python: lang === 'python',
    get tree() {
      return (last = parseCode(uri, text, lang) ?? last);
    },
  };
}

export class CodeProject {
  readonly modules = new Map<string, Module>();
  /** Modules not parsed because they are mostly syntax errors (parser.ts `mostlyErrors`), with the sampled share. */
  readonly unparsed = new Map<string, MostlyErrors & { lang: CodeLanguage }>();
  private readonly data = new Map<string, unknown>();

  constructor(
    readonly root: string,
    readonly files: Map<string, string>,
  ) {
    for (const [uri, text] of files) {
      const lang = codeLanguage(uri);
      if (!lang) continue;
      const errors = mostlyErrors(uri, text, lang);
      if (errors) {
        this.unparsed.set(uri, { ...errors, lang });
        continue;
      }
      const tree = parseCode(uri, text, lang);
      if (tree) this.modules.set(uri, moduleOf(uri, text, lang, tree));
    }
  }

  /** A data or prompt file the project reads, by a path relative to a module or the root. */
  fileFor(from: Module, rel: string): string | undefined {
    const clean = rel.replace(/^\.\//, '');
    if (clean.startsWith('/')) return undefined;
    for (const u of [resolveRelative(dirOf(from.uri), clean), join(this.root, clean)])
      if (this.files.has(u) && u.startsWith(this.root + '/')) return u;
    return undefined;
  }

  /** The module a JS import specifier or Python module name points at. */
  importTarget(from: Module, spec: string): Module | undefined {
    const candidates = from.python
      ? pythonModuleFiles(spec, dirOf(from.uri), this.root)
      : spec.startsWith('.')
        ? ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.js'].flatMap((ext) => [
            resolveRelative(dirOf(from.uri), spec + ext),
            resolveRelative(dirOf(from.uri), spec.replace(/\.[mc]?js$/, '') + ext),
          ])
        : [];
    for (const c of candidates) {
      const m = this.modules.get(c);
      if (m) return m;
    }
    return undefined;
  }

  /** Parsed JSON, YAML or TOML of a data file (undefined when it does not parse). */
  dataOf(uri: string): unknown {
    if (this.data.has(uri)) return this.data.get(uri);
    const text = this.files.get(uri) ?? '';
    let value: unknown;
    try {
      value = /\.json$/i.test(uri)
        ? JSON.parse(text)
        : /\.ya?ml$/i.test(uri)
          ? parseYaml(text)
          : /\.toml$/i.test(uri)
            ? parseToml(text)
            : undefined;
    } catch {
      value = undefined;
    }
    this.data.set(uri, value);
    return value;
  }
}

/** Every node of a module at the places a regex matches (global regex), innermost first. */
export function nodesAt(mod: Module, re: RegExp): { node: Node; index: number; match: RegExpExecArray }[] {
  const out: { node: Node; index: number; match: RegExpExecArray }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(mod.text); m; m = re.exec(mod.text)) {
    if (m[0].length === 0) re.lastIndex++;
    const node = mod.tree.rootNode.descendantForIndex(m.index, m.index + Math.max(1, m[0].length) - 1);
    if (node) out.push({ node, index: m.index, match: m });
    if (out.length > 500) break;
  }
  return out;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
