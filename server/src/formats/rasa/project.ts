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

export const rasaProject: ProjectAdapter = {
  // A data file with no config or domain above it still belongs to a (partial) project: it says what is missing.
  root: (uri, host) => rasaRoot(uri, host) ?? partialRasaRoot(uri, host),
  files(root, host) {
    const top = TOP_FILES.map((n) => join(root, n)).filter((u) => host.readFile(u) !== undefined);
    const nested = ['data', 'domain', 'config']
      .flatMap((d) => host.listFiles(join(root, d), 2000))
      .filter((u) => /\.ya?ml$/i.test(u) && !top.includes(u));
    return [...top, ...nested];
  },
  parse(root, files, parse) {
    const missing = missingRasaParts(root, files);
    return missing.length ? partialRasaModel(root, files, missing) : parseRasaProject(root, files, parse);
  },
};
