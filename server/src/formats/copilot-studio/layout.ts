import { baseName, dirOf, join } from '../../model/uri';
import type { Host } from '../../model/host';

/**
 * Where a Copilot Studio agent's files are, in the two layouts on disk:
 * - VS Code extension / `pac copilot clone`: `agent.mcs.yml`, `settings.mcs.yml`, `topics/*.mcs.yml`;
 * - solution export: `botcomponents/<schema>.topic.<Name>/data` (YAML without extension),
 *   `botcomponents/<schema>.gpt.default/data`, `bots/<schema>/configuration.json`.
 * A `.mcs.yml` without an agent folder around it is a project of the loose topic files of its folder.
 */

const ROOT_FILES = ['agent.mcs.yml', 'settings.mcs.yml', 'agent.mcs.yaml', 'settings.mcs.yaml'];
const MCS = /\.mcs\.ya?ml$/i;

export function isCopilotDataFile(uri: string): boolean {
  return /\/botcomponents\/[^/]+\/data$/.test(uri);
}

export function isComponentXml(uri: string): boolean {
  return /\/botcomponents\/[^/]+\/botcomponent\.xml$/i.test(uri);
}

/** A solution component turned off in Copilot Studio (`<statecode>1</statecode>` in its botcomponent.xml). */
export function isInactiveComponent(xml: string): boolean {
  return /<statecode>\s*1\s*<\/statecode>/.test(xml);
}

export function isCopilotConfigurationJson(uri: string): boolean {
  return /\/bots\/[^/]+\/configuration\.json$/i.test(uri);
}

/** Content sniffing for a botcomponents `data` file: Copilot Studio YAML starts with a `kind:`. */
export function looksLikeCopilotData(text: string): boolean {
  return /^kind:\s*[A-Z]\w+\s*$/m.test(text.slice(0, 20_000));
}

/** Content sniffing for bots/<schema>/configuration.json. */
export function looksLikeCopilotConfiguration(text: string): boolean {
  const head = text.slice(0, 50_000);
  return /"\$kind"\s*:\s*"BotConfiguration"/.test(head) || /"(aISettings|gPTSettings)"\s*:/.test(head);
}

export function copilotRoot(uri: string, host: Host): string | undefined {
  if (isCopilotDataFile(uri) || isCopilotConfigurationJson(uri)) return dirOf(dirOf(dirOf(uri)));
  if (!MCS.test(uri)) return undefined;
  let dir = dirOf(uri);
  const isRoot = (d: string) => ROOT_FILES.some((n) => host.readFile(join(d, n)) !== undefined);
  for (let depth = 0; depth < 4; depth++) {
    // A child agent's folder (`agents/<Name>/agent.mcs.yml`) belongs to the agent above it.
    const parent = dirOf(dir);
    if (baseName(parent) === 'agents' && isRoot(dirOf(parent))) return dirOf(parent);
    if (isRoot(dir)) return dir;
    const up = dirOf(dir);
    if (up === dir || !up.includes('/')) break;
    dir = up;
  }
  return dirOf(uri);
}

export function copilotFiles(root: string, host: Host): string[] {
  const hasAgent = ROOT_FILES.some((n) => host.readFile(join(root, n)) !== undefined);
  const mcs = hasAgent
    ? host.listFiles(root, 2000).filter((u) => MCS.test(u) && !u.includes('/node_modules/'))
    : host.listFiles(root, 2000).filter((u) => MCS.test(u) && dirOf(u) === root);
  const listed = host.listFiles(join(root, 'botcomponents'), 4000);
  // Each component's botcomponent.xml says whether it is turned off (`statecode` 1).
  const components = listed.filter((u) => isCopilotDataFile(u) || isComponentXml(u));
  const configs = host.listFiles(join(root, 'bots'), 200).filter(isCopilotConfigurationJson);
  return [...mcs, ...components, ...configs];
}

/** Short topic name: `cr26e_Agent.topic.Escalate` and `topics/Escalate.mcs.yml` are both `escalate`. */
export function topicKey(name: string): string {
  return (name.split(/\.(?:topic|agent)\./).pop() ?? name).replace(MCS, '').toLowerCase();
}

/** The topic's name from its file: the component folder of a `data` file, a child agent's folder, else the file name. */
export function topicName(uri: string): string {
  if (isCopilotDataFile(uri)) return baseName(dirOf(uri));
  if (ROOT_FILES.includes(baseName(uri)) && baseName(dirOf(dirOf(uri))) === 'agents') return baseName(dirOf(uri));
  return baseName(uri)
    .replace(MCS, '')
    .replace(/\.topic$/i, '');
}
