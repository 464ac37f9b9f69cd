import { dirOf, join } from '../../model/uri';
import type { Host } from '../../model/host';

const PLACES =
  'agent\\.json|flows/[^/]+/[^/]+\\.json|flows/[^/]+/pages/[^/]+\\.json|flows/[^/]+/transitionRouteGroups/[^/]+\\.json|transitionRouteGroups/[^/]+\\.json|intents/[^/]+/[^/]+\\.json|intents/[^/]+/trainingPhrases/[^/]+\\.json|playbooks/.+\\.json|generators/.+\\.json|generativeSettings/[^/]+\\.json|webhooks/[^/]+\\.json|tools/[^/]+/[^/]+\\.json';
/** The files of a Dialogflow CX export, relative to the folder that holds `agent.json`. */
export const LAYOUT = new RegExp(`^(${PLACES})$`);
/** The same places anywhere in a path: the name test done before any file is read. */
export const DIALOGFLOW_CX_PATH = new RegExp(`(^|/)(${PLACES})$`);
const FOLDERS = [
  'flows',
  'intents',
  'playbooks',
  'generators',
  'generativeSettings',
  'webhooks',
  'transitionRouteGroups',
  'tools',
];

/**
 * `agent.json` of a CX export: a default language plus the start flow or playbook (console and gcloud
 * exports have no `displayName`; the name is the folder's). Dialogflow ES has `language` instead.
 */
export function looksLikeDialogflowAgent(text: string): boolean {
  return (
    /"defaultLanguageCode"\s*:/.test(text) &&
    /"(startFlow|startPlaybook|timeZone|projectNumber|displayName)"\s*:/.test(text)
  );
}

/** A file's path inside the export, percent-decoded (exports encode `>` and `:` in file names). */
export const rel = (root: string, uri: string) => decodeURIComponent(uri.slice(root.length + 1));

/** The export folder a file belongs to, or undefined when the file is not in one of the export's places. */
export function dialogflowCxRoot(uri: string, host: Host): string | undefined {
  if (!DIALOGFLOW_CX_PATH.test(decodeURIComponent(uri))) return undefined;
  let dir = dirOf(uri);
  for (let depth = 0; depth < 6; depth++) {
    const agent = host.readFile(join(dir, 'agent.json'));
    if (agent !== undefined && looksLikeDialogflowAgent(agent.slice(0, 20_000)))
      return LAYOUT.test(rel(dir, uri)) ? dir : undefined;
    const up = dirOf(dir);
    if (up === dir || !up.includes('/')) break;
    dir = up;
  }
  return undefined;
}

export function dialogflowCxFiles(root: string, host: Host): string[] {
  const out = [join(root, 'agent.json')];
  for (const d of FOLDERS)
    for (const u of host.listFiles(join(root, d), 5000)) if (LAYOUT.test(rel(root, u))) out.push(u);
  return out;
}
