/**
 * Prompt files read by code: `readFileSync('p.md')`, `Path(…) / "prompts" / "system.txt"`, a path held in a
 * setting (`Path(settings.prompt_file).read_text()`), and Jinja templates (`env.get_template("system.j2")`,
 * `Template(text).render(…)`), whose `{{ variables }}` stay placeholders.
 */
import type { Node } from './parser';
import { clip, unknown, wholeFile, type Resolved, type Again } from './pieces';
import type { CodeProject, Module } from './project-model';
import { callArgs, calleeText, isCall, plainString, unwrap } from './syntax';

const READ = /(?:readFileSync|readFile|read_text|\.read)$/;
const JINJA = /(?:^|\.)(?:Template|from_string)$/;

function fileText(project: CodeProject, uri: string): Resolved {
  const text = project.files.get(uri) ?? '';
  return wholeFile(text, uri);
}

/** A project file by a relative path (from the module or the root), else by its name alone when only one has it. */
function findFile(project: CodeProject, mod: Module, rel: string): string | undefined {
  const direct = project.fileFor(mod, rel);
  if (direct) return direct;
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const same = [...project.files.keys()].filter((u) => decodeURIComponent(u).endsWith(`/${name}`));
  return same.length === 1 ? same[0] : undefined;
}

/** The path a read call names: its string parts, else the value of its path argument (a setting, a constant). */
function pathOf(project: CodeProject, mod: Module, n: Node, again: Again): string | undefined {
  const joined = pathlibJoin(mod, n, again);
  if (joined !== undefined) return joined || undefined;
  const strings = n
    .descendantsOfType(['string'])
    .map((s) => (s ? (plainString(s) ?? '') : ''))
    .filter((s) => s && !/^(utf-?8|r|rb|encoding)$/i.test(s));
  if (strings.length) return strings.join('/');
  const recv = unwrap(n.childForFieldName('function')?.childForFieldName('object'));
  const arg = callArgs(n).positional[0] ?? (recv && isCall(recv) ? callArgs(recv).positional[0] : undefined);
  const r = arg && again(mod, arg);
  return r && 'pieces' in r ? r.pieces.map((p) => p.text).join('') : undefined;
}

/**
 * Python pathlib `(ROOT / "prompts" / PROMPT_FILE).read_text()`: the parts joined, each a literal or a value the
 * project gives (a setting with a default); the leading base (`ROOT`, `Path(__file__).parent`) is left out. An empty
 * string when a later part has no value; undefined when the receiver is no such join.
 */
function pathlibJoin(mod: Module, n: Node, again: Again): string | undefined {
  if (!mod.python) return undefined;
  const recv = unwrap(n.childForFieldName('function')?.childForFieldName('object'));
  if (recv?.type !== 'binary_operator' || recv.childForFieldName('operator')?.text !== '/') return undefined;
  const parts: Node[] = [];
  const flatten = (x: Node | undefined): void => {
    const u = unwrap(x);
    if (u?.type === 'binary_operator' && u.childForFieldName('operator')?.text === '/') {
      flatten(u.childForFieldName('left') ?? undefined);
      flatten(u.childForFieldName('right') ?? undefined);
    } else if (u) parts.push(u);
  };
  flatten(recv);
  const texts: string[] = [];
  for (const [i, part] of parts.entries()) {
    const literal = plainString(part);
    if (literal !== undefined) {
      texts.push(literal);
      continue;
    }
    const r = again(mod, part);
    if ('pieces' in r && r.pieces.length) texts.push(r.pieces.map((p) => p.text).join(''));
    else if (i > 0) return '';
  }
  return texts.length ? texts.join('/').replace(/\/+/g, '/') : '';
}

/** A file-reading or template call's text; undefined for other calls. */
export function readCall(project: CodeProject, mod: Module, n: Node, again: Again): Resolved | undefined {
  const callee = calleeText(n);
  const receiver = n.childForFieldName('function')?.childForFieldName('object') ?? undefined;
  if (READ.test(callee)) {
    const rel = pathOf(project, mod, n, again)?.replace(/^\.\//, '');
    const uri = rel ? findFile(project, mod, rel) : undefined;
    return uri ? fileText(project, uri) : unknown(`the file read by \`${clip(n.text)}\` (not found in the project)`);
  }
  if (/\.render$/.test(callee) && receiver) return again(mod, receiver);
  if (/\.get_template$/.test(callee)) {
    const name = plainString(callArgs(n).positional[0]);
    const uri = name ? findFile(project, mod, name) : undefined;
    return uri ? fileText(project, uri) : unknown(`the template \`${clip(n.text)}\` (not found in the project)`);
  }
  if (JINJA.test(callee) && callArgs(n).positional[0]) return again(mod, callArgs(n).positional[0]);
  return undefined;
}
