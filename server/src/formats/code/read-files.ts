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
