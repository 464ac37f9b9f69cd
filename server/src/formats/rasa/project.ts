import { dirOf, join } from '../../model/uri';
import type { Host } from '../../model/host';
import type { ProjectAdapter } from '../types';
import { looksLikeRasaYaml, parseRasaProject } from './parse';
import { missingRasaParts, partialRasaModel, partialRasaRoot } from './partial';

/**
 * A Rasa project in any documented layout: `config.yml` at the root or under `config/`, `domain.yml`
 * or a `domain/` folder, and flows/NLU anywhere under `data/` (`data/flows.yml`, `data/flows/**`,
 * `data/system/patterns/*.yml`).
 */
const ROOT_FILES = [
  'config.yml',
  'config.yaml',
  'domain.yml',
  'domain.yaml',
  'config/config.yml',
  'config/config.yaml',
];
const TOP_FILES = [...ROOT_FILES, 'endpoints.yml', 'endpoints.yaml', 'credentials.yml', 'credentials.yaml'];
/** Where project files sit, relative to the root. */
export const RASA_PLACES = /^((config|domain|endpoints|credentials)\.ya?ml|(data|domain|config)\/.+\.ya?ml)$/i;

/** A real folder (not `file://` or the empty path above the file system root). */
const isFolder = (dir: string) => /[^/:]\/[^/]|^file:\/\/\/[^/]/.test(dir);

function isRoot(dir: string, host: Host): boolean {
  if (!isFolder(dir)) return false;
  for (const name of ROOT_FILES) {
    const text = host.readFile(join(dir, name));
    if (text !== undefined && looksLikeRasaYaml(text)) return true;
  }
  // A `domain/` folder of Rasa YAML (no domain.yml) next to a `data/` folder.
  const domain = host.listFiles(join(dir, 'domain'), 50).filter((u) => /\.ya?ml$/i.test(u));
  return (
    domain.length > 0 &&
    host.listFiles(join(dir, 'data'), 1).length > 0 &&
    domain.some((u) => looksLikeRasaYaml(host.readFile(u) ?? ''))
  );
}

export function rasaRoot(uri: string, host: Host): string | undefined {
  let dir = dirOf(uri);
  for (let depth = 0; depth < 6; depth++) {
    // `config/config.yml` makes `config/` look like a root: the project is its parent.
    if (isRoot(dir, host) && /\/(config|domain|data)$/.test(dir) && isRoot(dirOf(dir), host)) dir = dirOf(dir);
    if (isRoot(dir, host)) return RASA_PLACES.test(decodeURIComponent(uri.slice(dir.length + 1))) ? dir : undefined;
    const up = dirOf(dir);
    if (up === dir || !up.includes('/')) break;
    dir = up;
  }
  return undefined;
}

/** Custom actions: `actions.py` or the `actions/` package. */
function actionFiles(root: string, host: Host): string[] {
  const single = join(root, 'actions.py');
  const pkg = host.listFiles(join(root, 'actions'), 200).filter((u) => /\.py$/i.test(u));
  return host.readFile(single) !== undefined ? [single, ...pkg] : pkg;
}

/** Prompt templates the config or the endpoints name (`prompt_template: prompts/x.jinja2`, `prompt: …`), inside the project. */
function promptTemplates(root: string, top: string[], nested: string[], host: Host): string[] {
  const out: string[] = [];
  // The rephraser of responses is named in endpoints.yml (`nlg: {type: rephrase, prompt_template: …}`).
  for (const u of [...top, ...nested].filter((f) => /(?:config|endpoints)\.ya?ml$/i.test(f))) {
    for (const m of (host.readFile(u) ?? '').matchAll(TEMPLATE_KEY)) {
      const rel = m[2].replace(/^\.\//, '');
      const uri = join(root, rel);
      if (!rel.split('/').includes('..') && !out.includes(uri) && host.readFile(uri) !== undefined) out.push(uri);
    }
  }
  return out;
}
const TEMPLATE_KEY = /^\s*(prompt_template|prompt)\s*:\s*["']?([\w./-]+\.(?:jinja2?|j2|txt|md))["']?\s*$/gm;

/**
 * True when a non-YAML file is a part of the Rasa project it sits in: a prompt template its config names, or a
 * custom action (`actions.py`, `actions/**.py`).
 */
export function rasaPartRoot(uri: string, host: Host): string | undefined {
  // Cheap name test first: detection asks this of every file.
  if (!/\.(jinja2?|j2)$|\/prompts?\/[^/]+\.(txt|md)$|\/actions(\/.+)?\.py$/i.test(uri)) return undefined;
  let dir = dirOf(uri);
  for (let depth = 0; depth < 4 && isFolder(dir); depth++) {
    if (isRoot(dir, host)) return rasaProject.files(dir, host).includes(uri) ? dir : undefined;
    const up = dirOf(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export const rasaProject: ProjectAdapter = {
  // A data file with no config or domain above it still belongs to a (partial) project: it says what is missing.
  root: (uri, host) => rasaRoot(uri, host) ?? rasaPartRoot(uri, host) ?? partialRasaRoot(uri, host),
  claims: (uri, host) => rasaPartRoot(uri, host) !== undefined,
  files(root, host) {
    const top = TOP_FILES.map((n) => join(root, n)).filter((u) => host.readFile(u) !== undefined);
    const nested = ['data', 'domain', 'config']
      .flatMap((d) => host.listFiles(join(root, d), 2000))
      .filter((u) => /\.ya?ml$/i.test(u) && !top.includes(u));
    return [...top, ...nested, ...actionFiles(root, host), ...promptTemplates(root, top, nested, host)];
  },
  parse(root, files, parse) {
    const missing = missingRasaParts(root, files);
    return missing.length ? partialRasaModel(root, files, missing) : parseRasaProject(root, files, parse);
  },
};
