import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isInside, realPath, SKIP_DIRS } from './fsHost';
import { brokenLinkReason, specialFileReason } from './special';

interface IgnoreLevel {
  ig: Ignore;
  /** The walked folder's path relative to this level's folder ('' at the level's own folder), with '/'. */
  rel: string;
}

/** Reads `<dir>/.gitignore` into a level, or undefined when there is none. */
function loadIgnore(dir: string): IgnoreLevel | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { rel: '', ig: ignore({ allowRelativePaths: true }).add(text) };
}

/** .gitignore files of the folders from the repository root (the nearest folder with .git) down to `dir`, excluded. */
function ancestorIgnores(dir: string): IgnoreLevel[] {
  const chain: string[] = [];
  let cur = path.dirname(dir);
  let found = fs.existsSync(path.join(dir, '.git'));
  while (!found) {
    chain.unshift(cur);
    if (fs.existsSync(path.join(cur, '.git'))) {
      found = true;
      break;
    }
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  // Outside a repository only the walked folder's own .gitignore files apply.
  if (!found) return [];
  const levels: IgnoreLevel[] = [];
  for (const d of chain) {
    const level = loadIgnore(d);
    if (level) levels.push({ ig: level.ig, rel: path.relative(d, dir).split(path.sep).join('/') });
  }
  return levels;
}

/** Git's answer for an entry of the walked folder: the deepest .gitignore with a matching rule wins. */
function isIgnored(levels: IgnoreLevel[], name: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { rel: base, ig } of levels) {
    const rel = base ? `${base}/${name}` : name;
    const r = ig.test(isDir ? rel + '/' : rel);
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

export interface WalkOptions {
  /** Folders to leave out entirely (the config's `exclude`). */
  pruneDir?(absDir: string): boolean;
  /**
   * Told about a folder that cannot be listed, a dangling link or a loop of links, a link that leaves the walked
   * folder, and a named pipe or device (never read).
   */
  onSkipped?(absPath: string, reason: string): void;
}

/**
 * Files below a folder (absolute paths, sorted per folder), leaving out .gitignore'd
 * paths, node_modules and .git. Symlinked folders are not followed; symlinked files only inside the folder; named
 * pipes and devices are never listed (reported to `onSkipped`), nor sockets (not reported: never a bot file).
 */
export function walkFolder(root: string, options: WalkOptions = {}): string[] {
  return [...walkFiles(root, options)];
}

/** walkFolder as a generator, so a caller can list a large tree in slices. */
export function* walkFiles(root: string, options: WalkOptions = {}): Generator<string> {
  const rootReal = realPath(root);
  function* visit(dir: string, levels: IgnoreLevel[]): Generator<string> {
    const own = loadIgnore(dir);
    const here = own ? [...levels, own] : levels;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      options.onSkipped?.(
        dir,
        `the folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || isIgnored(here, e.name, true) || options.pruneDir?.(abs)) continue;
        yield* visit(
          abs,
          here.map((l) => ({ ig: l.ig, rel: l.rel ? `${l.rel}/${e.name}` : e.name })),
        );
      } else if (e.isFile()) {
        if (!isIgnored(here, e.name, false)) yield abs;
      } else if (e.isSymbolicLink() && !isIgnored(here, e.name, false)) {
        const real = realPath(abs);
        if (!real) options.onSkipped?.(abs, brokenLinkReason(abs));
        else if (!isInside(rootReal ?? root, real))
          options.onSkipped?.(abs, 'it is a symbolic link to a place outside the checked folder, which is never read');
        else {
          const special = specialReason(abs);
          if (special) options.onSkipped?.(abs, special);
          else if (isFile(abs)) yield abs;
        }
      } else if (!isIgnored(here, e.name, false)) {
        // A named pipe or device: never opened (a pipe would block the run), reported as unreadable; a socket is left out.
        const special = specialReason(abs);
        if (special) options.onSkipped?.(abs, special);
      }
    }
  }
  yield* visit(root, ancestorIgnores(root));
}

function specialReason(p: string): string | undefined {
  try {
    return specialFileReason(fs.statSync(p));
  } catch {
    return undefined;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
