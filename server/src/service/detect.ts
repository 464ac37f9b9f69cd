import picomatch from 'picomatch';
import type { Config } from '../model/config';
import type { FormatKind } from '../model/types';
import { CONFIG_FILE } from '../config/load';
import { detectWithAdapters } from '../formats';
import type { Host } from './host';

export { DEFAULT_PROMPT_GLOBS } from '../formats/prompt-files';

/** Files that look like prompts by name but are not bot prompts (VS Code prompt files, docs). */
const NEVER = [
  '**/promptfooconfig.{yml,yaml}',
  '**/.github/**/*.prompt.md',
  '**/*.instructions.md',
  '**/*.chatmode.md',
  '**/{README,CHANGELOG,LICENSE,CONTRIBUTING}*',
  '**/node_modules/**',
  '**/.git/**',
];

export interface DetectInput {
  uri: string;
  /** Path with forward slashes; relative to the config's folder when there is one. */
  relPath: string;
  absPath: string;
  config: Config;
  /** Content sniffing, only called when the name is not decisive. */
  text(): string;
  host: Host;
}

export interface DetectOutcome {
  kind?: FormatKind;
  /** Why the file is not read as a bot file (always set when `kind` is undefined). */
  reason?: string;
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
  return explainFormat(input).kind;
}

/** The format of a file, or why it is not read. */
export function explainFormat(input: DetectInput): DetectOutcome {
  const { relPath, absPath, config } = input;
  const base = absPath.slice(absPath.lastIndexOf('/') + 1);
  if (base === CONFIG_FILE) return { kind: 'wa-policy-config' };
  const anyPath = (globs: string[]) => matcher(globs)(relPath) || matcher(globs)(absPath.replace(/^\/+/, ''));
  if (anyPath(NEVER))
    return {
      reason:
        'never read: VS Code prompt/instruction files, promptfoo configs, README/CHANGELOG, node_modules and .git',
    };
  if (anyPath(config.exclude)) return { reason: 'excluded by `exclude` in .wa-policy.yaml' };
  let text: string | undefined;
  const read = () => (text ??= input.text());
  // The whole text (linear searches): keys such as n8n's "connections" may come after megabytes of nodes.
  const head = () => read();
  if (/\.json$/i.test(base) && /"screens"\s*:/.test(head()) && /"(routing_model|data_api_version)"\s*:/.test(head())) {
    return {
      reason: 'a WhatsApp Flows JSON (a form with screens, no free-text conversation): not a bot file for this check',
    };
  }
  const found = detectWithAdapters({
    uri: input.uri,
    relPath,
    absPath,
    base,
    text: read,
    head,
    host: input.host,
    include: config.include,
    matches: anyPath,
  });
  if (found.kind) return { kind: found.kind };
  return { reason: found.reason ?? noFormatReason(base) };
}

function noFormatReason(base: string): string {
  if (/\.json$/i.test(base))
    return 'JSON that matches no supported bot format (n8n, Twilio Studio, Typebot, Flowise, Dialogflow CX, Copilot Studio …)';
  if (/\.ya?ml$/i.test(base))
    return 'YAML that is neither a prompt file nor part of a Rasa project or a Copilot Studio agent';
  return 'not a file type wa-policy-lint reads';
}
