import picomatch from 'picomatch';
import type { Config } from '../../../schemas/config';
import type { FormatKind } from '../model/types';
import { looksLikeN8n } from '../parse/n8n';
import { looksLikeTwilioStudio } from '../parse/twilioStudio';
import { looksLikeTypebot } from '../parse/typebot';
import { looksLikeFlowise } from '../parse/flowise';
import { CONFIG_FILE } from '../config/load';
import { DIALOGFLOW_CX_PATH } from '../parse/dialogflowCx';
import { looksLikeCopilotConfiguration, looksLikeCopilotData } from '../parse/copilotStudio';
import { isBotCode } from '../formats/code';

export const DEFAULT_PROMPT_GLOBS = ['**/*.system.md', '**/*.system.txt', '**/prompts/**/*.{md,txt}', '**/system-prompt*.{md,txt}'];
/** Files that look like prompts by name but are not bot prompts (VS Code prompt files, docs). */
const NEVER = ['**/promptfooconfig.{yml,yaml}', '**/*.prompt.md', '**/*.instructions.md', '**/*.chatmode.md', '**/{README,CHANGELOG,LICENSE,CONTRIBUTING}*', '**/node_modules/**', '**/.git/**'];

export interface DetectInput {
  /** Path with forward slashes; relative to the config's folder when there is one. */
  relPath: string;
  absPath: string;
  config: Config;
  /** Content sniffing, only called when the name is not decisive. */
  text(): string;
  /** True when the file sits in a Rasa project (the host looks for config.yml/domain.yml above it). */
  inRasaProject(): boolean;
  /** True when the file sits in one of the places of a Dialogflow CX export (agent.json above it). */
  inDialogflowCxProject?(): boolean;
}

const matcherCache = new Map<string, (p: string) => boolean>();
function matcher(globs: string[]): (p: string) => boolean {
  const key = globs.join('\0');
  let m = matcherCache.get(key);
  if (!m) {
    m = globs.length ? picomatch(globs, { dot: true }) : () => false;
    matcherCache.set(key, m);
  }
  return m;
}

/** The format of a file, or undefined when it is not a bot file. Name first, content only when needed. */
export function detectFormat(input: DetectInput): FormatKind | undefined {
  const { relPath, absPath, config } = input;
  const base = absPath.slice(absPath.lastIndexOf('/') + 1);
  if (base === CONFIG_FILE) return 'wa-policy-config';
  const anyPath = (globs: string[]) => matcher(globs)(relPath) || matcher(globs)(absPath.replace(/^\/+/, ''));
  if (anyPath(NEVER) || anyPath(config.exclude)) return undefined;
  if (/\.prompt\.ya?ml$/i.test(base)) return 'prompt-yml';
  if (/\.prompty$/i.test(base)) return 'prompty';
  if (/\.prompt$/i.test(base)) return 'dotprompt';
  if (/\.(md|txt|markdown)$/i.test(base)) return anyPath([...DEFAULT_PROMPT_GLOBS, ...config.include]) ? 'system-prompt' : undefined;
  if (/\.mcs\.ya?ml$/i.test(base)) return 'copilot-studio';
  // Copilot Studio solution export: botcomponents/<schema>.<type>.<name>/data is YAML without an extension.
  if (base === 'data' && /\/botcomponents\/[^/]+\/data$/.test(absPath)) return looksLikeCopilotData(input.text()) ? 'copilot-studio' : undefined;
  if (/\/bots\/[^/]+\/configuration\.json$/i.test(absPath) && looksLikeCopilotConfiguration(input.text())) return 'copilot-studio';
  if (/\.(?:[mc]?[jt]sx?|py)$/i.test(base)) return isBotCode(absPath, input.text) ? 'code' : undefined;
  if (/\.json$/i.test(base)) {
    if (DIALOGFLOW_CX_PATH.test(absPath) && input.inDialogflowCxProject?.()) return 'dialogflow-cx';
    const text = input.text();
    const head = text.slice(0, 200_000);
    if (text.length > 0 && looksLikeN8n(head)) return 'n8n';
    // WhatsApp Flows JSON are forms (screens, no free-text turn): not a bot file for this check.
    if (/"screens"\s*:/.test(head) && /"(routing_model|data_api_version)"\s*:/.test(head)) return undefined;
    if (looksLikeTwilioStudio(head)) return 'twilio-studio';
    if (looksLikeTypebot(head)) return 'typebot';
    if (looksLikeFlowise(head)) return 'flowise';
    return undefined;
  }
  if (/\.ya?ml$/i.test(base)) return input.inRasaProject() ? 'rasa' : undefined;
  return undefined;
}
