/**
 * A bot configured by a dotenv file (`.env`, `.env.production`, `.env.example`): its prompt is the value of a key that
 * names the system prompt (`SYSTEM_PROMPT=`, `BOT_INSTRUCTIONS=`, `ASSISTANT_PERSONA=`), quoted on one line or over
 * several. The other keys are the prompt's slot values (`SUPPORT_PHONE=` empty is an empty `{{SUPPORT_PHONE}}`), as a
 * YAML template's other keys are.
 *
 * An example env file of a code project (`.env.example` beside `package.json` or the bot's code) is not read here:
 * the code adapter reads it with the code (`process.env.SYSTEM_PROMPT` takes its value there) and reports the
 * prompt on the call that sends it, so reading it alone too would report the same prompt twice. A `.env` or
 * `.env.production` is never read by the code adapter: it is read here wherever it is.
 */
import { dirOf, join } from '../../model/uri';
import { emptyModel, type BotModel } from '../../model/types';
import { ENV_EXAMPLES, parseDotenv, type DotenvEntry } from '../shared/dotenv';
import { MANIFESTS } from '../shared/manifests';
import type { DetectFile } from '../types';
import { docPathReason, pathHint } from './names';
import { isExplicitPromptKey, namesSystemPrompt } from './promptKeys';
import { SNIFF_MAX_CHARS, sniffPrompt } from './sniff';

/** Files that make a folder a code project's root (the code adapter's manifests). */
const CODE_ROOT_FILES = [...MANIFESTS, 'setup.py'];
/** Source files the code adapter reads (its CODE_FILE). */
const SOURCE_FILE = /\.(?:[mc]?[jt]sx?|py|go|php|java|rb|kt)$/i;

/** The keys whose name says they hold the system prompt, with a value of natural language. */
export function dotenvPromptEntries(text: string, uri = 'file:///x/.env'): DotenvEntry[] {
  return parseDotenv(uri, text).filter((e) => promptEntry(e, text));
}

function promptEntry(e: DotenvEntry, text: string): boolean {
  return isExplicitPromptKey(e.key.toLowerCase()) && namesSystemPrompt(e.key.toLowerCase(), text);
}

/** Why an example env file is left to the code adapter, or undefined. */
function readWithCode(f: DetectFile): string | undefined {
  if (!ENV_EXAMPLES.includes(f.base.toLowerCase())) return undefined;
  const dir = dirOf(f.uri);
  const manifest = CODE_ROOT_FILES.find((n) => f.host.readFile(join(dir, n)) !== undefined);
  const source = manifest
    ? undefined
    : f.host.listFiles(dir, 200).find((u) => !u.slice(dir.length + 1).includes('/') && SOURCE_FILE.test(u));
  if (!manifest && !source) return undefined;
  return `the example env file of a code project (beside ${manifest ?? decodeURIComponent(source!.slice(dir.length + 1))}): the code that reads its values is checked with them`;
}

/** Detection of a dotenv file: true when a key that names the system prompt holds one. */
export function detectDotenv(f: DetectFile): boolean | string {
  if (f.text().length > SNIFF_MAX_CHARS) return false;
  const entries = dotenvPromptEntries(f.text(), f.uri);
  if (!entries.length) return false;
  const docPath = docPathReason(f.relPath);
  if (docPath) return `an env file with a prompt key, not read as a prompt: ${docPath}`;
  const code = readWithCode(f);
  if (code) return code;
  const prompt = entries.map((e) => e.value.text).join('\n\n');
  const found = sniffPrompt(prompt, true, { ...pathHint(f.relPath), keyed: true, explicit: true });
  return found === true ? true : `an env file whose prompt key (${entries[0].key}) holds no prompt: ${found}`;
}

/** Each prompt key's value is a system prompt; the file's other keys are its slot values. */
export function parseDotenvPrompt(uri: string, text: string): BotModel {
  const model = emptyModel('system-prompt', uri);
  const all = parseDotenv(uri, text);
  const prompts = all.filter((e) => promptEntry(e, text));
  const variables: Record<string, string> = {};
  for (const e of all) if (!prompts.includes(e)) variables[e.key] = e.value.text;
  for (const e of prompts)
    model.prompts.push({ id: e.key, label: `${e.key} (env file)`, role: 'system', text: e.value, variables });
  return model;
}
