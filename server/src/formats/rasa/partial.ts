import { emptyModel, type BotModel } from '../../model/types';
import type { Host } from '../../model/host';
import type { ProjectFile } from '../types';

/** Rasa training data or flows by their shape, not just a top key (`rules:` alone is also Semgrep's). */
export function looksLikeRasaData(text: string): boolean {
  return (
    /^version:\s*["']?[23]\.\d/m.test(text) ||
    (/^flows\s*:/m.test(text) && /^\s+steps\s*:/m.test(text)) ||
    (/^nlu\s*:/m.test(text) && /^\s*-\s*intent\s*:/m.test(text)) ||
    (/^(rules|stories)\s*:/m.test(text) && /^\s+steps\s*:/m.test(text) && /-\s*(intent|action)\s*:/.test(text))
  );
}

/**
 * The folder above `data/` of a Rasa data file whose project has neither a config nor a domain: a
 * partial project, read only to say what is missing.
 */
export function partialRasaRoot(uri: string, host: Host): string | undefined {
  const m = /^(.*)\/data\/.+\.ya?ml$/i.exec(uri);
  if (!m) return undefined;
  const text = host.readFile(uri);
  return text !== undefined && looksLikeRasaData(text.slice(0, 200_000)) ? m[1] : undefined;
}

const rel = (root: string, uri: string) => decodeURIComponent(uri.slice(root.length + 1));

/** What a project lacks to be assembled (config, domain), or an empty list. */
export function missingRasaParts(root: string, files: ProjectFile[]): string[] {
  const names = files.map((f) => rel(root, f.uri));
  const missing: string[] = [];
  if (!names.some((n) => /^(config\.ya?ml|config\/.+\.ya?ml)$/i.test(n)))
    missing.push('config.yml (or config/config.yml)');
  if (!names.some((n) => /^(domain\.ya?ml|domain\/.+\.ya?ml)$/i.test(n)))
    missing.push('domain.yml (or a domain/ folder)');
  return missing.length === 2 ? missing : [];
}

/** A partial project: no flow is judged (its parts are missing); each data file says what is missing. */
export function partialRasaModel(root: string, files: ProjectFile[], missing: string[]): BotModel {
  const model = emptyModel('rasa', files[0]?.uri ?? root);
  model.files = files.map((f) => f.uri);
  for (const f of files) {
    const key = /^(flows|nlu|rules|stories|responses|intents)\s*:/m.exec(f.text);
    if (!key) continue;
    model.notes.push({
      kind: 'incomplete',
      ref: { uri: f.uri, span: { start: key.index, end: key.index + key[1].length } },
      detail: `Rasa ${key[1]} in ${rel(root, f.uri)}, but the project has no ${missing.join(' and no ')}, so it cannot be assembled and its flows are not judged`,
    });
  }
  return model;
}
