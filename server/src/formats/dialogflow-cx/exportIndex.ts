import type { BotModel, SourceRef } from '../../model/types';
import { nodeAt, seqItems, parseJson, spanOf, strAt, type JNode, type JsonSource } from '../shared/jsonSource';
import type { ProjectFile } from '../types';
import { rel } from './layout';

/** One parsed file of the export. */
export interface Src {
  src: JsonSource;
  root: JNode | undefined;
}

export interface IntentEntry {
  src?: Src;
  phrases: { text: string; ref: SourceRef }[];
}

/** The export's files, indexed by display name, resource name and file/folder name. */
export interface CxIndex {
  agent?: Src;
  flowsByName: Map<string, Src & { folder: string }>;
  /** Flow folder → page name → page. */
  pages: Map<string, Map<string, Src>>;
  intents: Map<string, IntentEntry>;
  playbooks: Map<string, Src>;
  generators: Map<string, Src>;
  /** Language code → `generativeSettings/<lang>.json`. */
  genSettings: Map<string, Src>;
  webhooks: Map<string, Src>;
  /** Playbook tools (`tools/<T>/<T>.json`): OpenAPI, data store and function tools. */
  tools: Map<string, Src>;
  routeGroups: Map<string, Src>;
  /** Generator folder → its `phrases/<lang>.json` files. */
  generatorPhrases: Map<string, Src[]>;
}

/** A name as written in a reference: a display name, or a full resource path whose last segment is the id. */
export function lookup<T>(map: Map<string, T>, name: string | undefined): T | undefined {
  return name === undefined ? undefined : (map.get(name) ?? map.get(name.slice(name.lastIndexOf('/') + 1)));
}

function indexBy(map: Map<string, Src>, s: Src, fallback: string): void {
  for (const k of [strAt(s.root, ['displayName']), strAt(s.root, ['name']), fallback])
    if (k && !map.has(k)) map.set(k, s);
}

function emptyIndex(): CxIndex {
  return {
    flowsByName: new Map(),
    pages: new Map(),
    intents: new Map(),
    playbooks: new Map(),
    generators: new Map(),
    genSettings: new Map(),
    webhooks: new Map(),
    tools: new Map(),
    routeGroups: new Map(),
    generatorPhrases: new Map(),
  };
}

function intentOf(ix: CxIndex, name: string): IntentEntry {
  return ix.intents.get(name) ?? ix.intents.set(name, { phrases: [] }).get(name)!;
}

function addPhrases(ix: CxIndex, intent: string, s: Src): void {
  const phrases = intentOf(ix, intent).phrases;
  for (const p of seqItems(nodeAt(s.root, ['trainingPhrases']))) {
    const textParts = seqItems(nodeAt(p, ['parts']));
    const text = textParts.map((x) => strAt(x, ['text']) ?? '').join('');
    if (text) phrases.push({ text, ref: { uri: s.src.uri, span: spanOf(textParts[0]) } });
  }
}

/** Puts one file in its place of the index, by its path inside the export. */
function place(ix: CxIndex, s: Src, parts: string[]): void {
  const stem = parts[parts.length - 1].replace(/\.json$/i, '');
  const [top, folder, sub] = parts;
  if (parts.length === 1) ix.agent = s;
  else if (top === 'flows' && parts.length === 3) {
    const entry = { ...s, folder };
    for (const k of [strAt(s.root, ['displayName']), strAt(s.root, ['name']), folder])
      if (k && !ix.flowsByName.has(k)) ix.flowsByName.set(k, entry);
  } else if (top === 'flows' && sub === 'pages') {
    indexBy(ix.pages.get(folder) ?? ix.pages.set(folder, new Map()).get(folder)!, s, stem);
  } else if (top === 'intents' && parts.length === 3) {
    const entry = intentOf(ix, folder);
    entry.src = s;
    const name = strAt(s.root, ['displayName']);
    if (name && name !== folder) ix.intents.set(name, entry);
  } else if (top === 'intents' && sub === 'trainingPhrases') addPhrases(ix, folder, s);
  else if (top === 'playbooks') {
    if (nodeAt(s.root, ['goal']) || nodeAt(s.root, ['instruction']) || nodeAt(s.root, ['steps']))
      indexBy(ix.playbooks, s, folder);
  } else if (top === 'generators' && sub === 'phrases') {
    (ix.generatorPhrases.get(folder) ?? ix.generatorPhrases.set(folder, []).get(folder)!).push(s);
  } else if (top === 'generators') {
    if (nodeAt(s.root, ['promptText']) || nodeAt(s.root, ['displayName'])) indexBy(ix.generators, s, folder);
  } else if (parts.includes('transitionRouteGroups')) indexBy(ix.routeGroups, s, stem);
  else if (top === 'generativeSettings') ix.genSettings.set(strAt(s.root, ['languageCode']) ?? stem, s);
  else if (top === 'webhooks') indexBy(ix.webhooks, s, stem);
  else if (top === 'tools' && parts.length === 3) indexBy(ix.tools, s, folder);
}

/** Parses every file of the export (parse problems go to the model) and indexes them. */
export function indexExport(rootUri: string, files: ProjectFile[], model: BotModel): CxIndex {
  const ix = emptyIndex();
  for (const f of files) {
    const src = parseJson(f.uri, f.text);
    model.issues.push(...src.issues);
    place(ix, { src, root: src.root }, rel(rootUri, f.uri).split('/'));
  }
  return ix;
}
