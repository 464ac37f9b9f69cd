import { splitFrontMatter } from '../shared/frontMatter';
import { HASH_COMMENT, type DetectFile, type FormatAdapter } from '../types';
import { LineIndex } from '../../model/text';
import { emptyModel, type BotModel } from '../../model/types';
import { scalarText } from '../shared/yamlSource';
import { parseDotprompt, parsePrompty, parsePromptYml, parseSystemPrompt } from './parse';
import {
  botPromptUnderDocs,
  docPathReason,
  hintingFolder,
  hintsPrompt,
  namedExactlyAsPrompt,
  pathHint,
  translationFolder,
} from './names';
import { naturalLanguage, SNIFF_MAX_CHARS, sniffPrompt } from './sniff';
import {
  loneGenerativeSettings,
  mayBeGenerativeSettings,
  parseLoneGenerativeSettings,
} from '../dialogflow-cx/generativeSettings';
import { parseTomlConfig, tomlPromptParts, tomlPromptText } from './tomlConfig';
import { mayBeTemplateYaml, parseTemplateYaml, templateKeyExplicit, templatePromptText } from './templateYaml';
import { detectAgentConfig, namedAsAgents } from './agents/detect';
import { detectDotenv, parseDotenvPrompt } from './dotenvPrompt';
import { isDotenvName } from '../shared/dotenv';
import { parseAgentConfig } from './agents/parse';
import {
  explicitPromptKey,
  findPromptNodes,
  type PromptNode,
  isExplicitPromptKey,
  joinedPromptText,
  namesBotSystemPrompt,
  jsonPromptText,
  mayHavePromptKey,
  mayNamePrompt,
  namesSystemPrompt,
  TOML_MODEL_KEY,
  modelConfigReason,
  parsePromptJson,
} from './promptKeys';

export const DEFAULT_PROMPT_GLOBS = [
  '**/*.system.md',
  '**/*.system.txt',
  '**/prompts/**/*.{md,txt}',
  '**/system-prompt*.{md,txt}',
  '**/system_prompt*.{md,txt}',
  // Semantic Kernel's prompt function: `<Plugin>/<Function>/skprompt.txt` beside its config.json.
  '**/skprompt.txt',
];

/** Front matter takes `#` comments; the body takes the template language's comment. */
const templateComments = (body: { open: string; close: string }) => (uri: string, text: string, line: number) => {
  const bodyLine = new LineIndex(text).position(splitFrontMatter(uri, text).bodyStart).line;
  return line < bodyLine ? HASH_COMMENT : body;
};

/** The file sits in a `prompts/` folder (one of its last three folders). */
const inPromptsFolder = (relPath: string): boolean =>
  relPath
    .split('/')
    .slice(-4, -1)
    .some((d) => /^prompts?$/i.test(d));

/**
 * A record of a Power Platform (Dataverse) solution export: `bots/<schema>/bot.xml` is `<bot schemaname="…">` with the
 * bot's name, language and status, each `botcomponent.xml` the same for its parts. The instructions live in
 * the components' `data` files (read by the Copilot Studio adapter); the record itself is never a prompt.
 */
function solutionRecord(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:bot|botcomponent)\s+schemaname=/i.test(head);
}

/** An element of the file's first 8 KB names a prompt (`<instructions>`, `<system_prompt>`, `<persona>`). */
function xmlPromptElement(head: string): boolean {
  for (const m of head.slice(0, 8192).matchAll(/<([\p{L}_][\p{L}\p{N}_.-]{0,40})[\s>/]/gu))
    if (isExplicitPromptKey(m[1])) return true;
  return false;
}

/** A Markdown or text file not named as a prompt: read as one when its content is one (sniff.ts). */
function sniffFile(f: DetectFile, explicit = false): true | string {
  const why = (reason: string) =>
    `not named as a prompt (*.system.md, prompts/**, system-prompt*.md, system_prompt*.md, config \`include\`) and its content was not taken: ${reason}`;
  const docPath = docPathReason(f.relPath);
  // A bot's prompt kept beside its documentation (`docs/bot/insurance-prompt.md`): the full bar, no name hint.
  if (docPath && botPromptUnderDocs(f.relPath)) {
    const found = sniffPrompt(f.text(), false);
    return found === true ? true : why(`${docPath}, and ${found}`);
  }
  if (docPath) return why(docPath);
  const named = namedExactlyAsPrompt(f.relPath);
  const found = sniffPrompt(f.text(), hintsPrompt(f.relPath), { ...pathHint(f.relPath), explicit: explicit || named });
  return found === true ? true : why(found);
}

/**
 * Why the path rules a YAML/JSON file out (docPathReason), unless it is a strings file under `locales/` or `i18n/`
 * with a key that names the bot's system prompt (`"bot.system_prompt": …`, `{"bot": {"system_prompt": …}}`): a bot
 * whose texts are translated keeps its prompt beside its UI strings. Then only that key makes the file a prompt;
 * UI strings (`order.status_prompt`, `greeting`) never do. `locale`: the text of those keys alone, for the content
 * test.
 */
function pathVerdict(f: DetectFile): { reason?: string; locale?: string } {
  const reason = docPathReason(f.relPath);
  if (!reason || !translationFolder(f.relPath) || !mayHavePromptKey(f.head())) return { reason };
  const keys = localePromptNodes(f.uri, f.text());
  return keys.length ? { locale: joinedPromptText(keys) ?? '' } : { reason };
}

/** A strings file's keys that name the bot's system prompt. */
function localePromptNodes(uri: string, text: string): PromptNode[] {
  return findPromptNodes(uri, text).filter((p) => p.explicit && namesBotSystemPrompt(p.path));
}

/**
 * A strings file under `locales/` read for its system prompt keys (pathVerdict): those values are the prompts; its
 * UI strings are not read. Undefined for any other file.
 */
function parseLocalePrompts(uri: string, text: string): BotModel | undefined {
  const path = decodeURIComponent(uri.replace(/^file:\/\//, ''));
  if (!translationFolder(path) || !docPathReason(path)) return undefined;
  const nodes = localePromptNodes(uri, text);
  if (!nodes.length) return undefined;
  const model = emptyModel('system-prompt', uri);
  for (const p of nodes) {
    const t = scalarText(p.src, p.node);
    if (t)
      model.prompts.push({ id: p.path, label: `system prompt (${p.path})`, role: 'system', text: t, variables: {} });
  }
  return model;
}

/**
 * A YAML bot template (`system_prompt: |` beside its slot values), a bot config named as one (`bot.yaml` with a
 * nested or local-language prompt key) or a JSON prompt file: read when its prompt reads as one.
 */
function keyedPromptFile(f: DetectFile, what: string, prompt: string | undefined): boolean | string {
  const path = pathVerdict(f);
  if (path.reason) return false;
  if (path.locale !== undefined) prompt = path.locale;
  if (!prompt) return modelConfigReason(f.head(), mayHavePromptKey(f.head())) ?? false;
  const explicit = path.locale !== undefined || (!notAPromptConfig(f) && explicitKey(f));
  const found = sniffPrompt(prompt, true, { ...pathHint(f.relPath), keyed: true, explicit });
  return found === true ? true : `${what} whose prompt was not taken: ${found}`;
}

/**
 * A TOML config (`config/bot.toml`, `agent.toml`): read when a key that names a prompt holds one, by the same
 * tests as a YAML or JSON config; manifests (`pyproject.toml`, `Cargo.toml`…) never are.
 */
function tomlConfigFile(f: DetectFile): boolean | string {
  const ordinary = notAPromptConfig(f);
  if (ordinary) return ordinary;
  if (f.text().length > SNIFF_MAX_CHARS) return false;
  const docPath = docPathReason(f.relPath);
  const parts = mayNamePrompt(f.text()) ? tomlPromptParts(f.text()) : [];
  const prompt = tomlPromptText(parts);
  if (!prompt)
    return TOML_MODEL_KEY.test(f.head())
      ? 'a TOML config that names a chat model but has no key that names a prompt holding prompt text (system_prompt, instructions, persona, system, a system message…)'
      : false;
  if (docPath) return `a TOML file with a prompt key, not read as a prompt: ${docPath}`;
  const hint = pathHint(f.relPath);
  const hinted = hint.strong || !!hintingFolder(f.relPath);
  const explicit = parts.some((p) => p.explicit && namesSystemPrompt(p.key, f.text()));
  const found = sniffPrompt(prompt, hinted, { ...hint, keyed: true, explicit });
  return found === true ? true : `a TOML config with a prompt key whose text was not taken: ${found}`;
}

/** The prompt key of a YAML/JSON config names the system prompt itself (promptKeys.ts). */
function explicitKey(f: DetectFile): boolean {
  return explicitPromptKey(f.uri, f.text()) || templateKeyExplicit(f.text());
}

/**
 * Ordinary configs that may hold a key named like a prompt but never hold a bot's prompt: CI pipelines, compose
 * files, package manifests, OpenAPI documents. Why, for `--explain-skips`; undefined for any other file.
 */
export function notAPromptConfig(f: Pick<DetectFile, 'base' | 'relPath' | 'head'>): string | undefined {
  const base = f.base.toLowerCase();
  if (/^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/.test(base))
    return 'a Docker Compose file: service settings, not a prompt';
  if (
    /^(?:\.gitlab-ci|azure-pipelines|bitbucket-pipelines|\.travis|appveyor|cloudbuild|buildspec|codemagic|\.drone)\.ya?ml$/.test(
      base,
    ) ||
    /(?:^|\/)(?:\.circleci|\.github\/workflows|\.buildkite|\.tekton)\//.test(f.relPath)
  )
    return 'a CI pipeline: its steps are commands, not a prompt';
  if (
    /^(?:package(?:-lock)?|composer|tsconfig|jsconfig|app\.manifest|manifest|pyproject|cargo|netlify|wrangler|fly)\.(?:json|toml)$/.test(
      base,
    )
  )
    return `${f.base} is a project manifest, not a prompt`;
  if (/^\s*["']?(?:openapi|swagger|asyncapi)["']?\s*:/m.test(f.head().slice(0, 4096)))
    return 'an OpenAPI/AsyncAPI document: API descriptions, not a prompt';
  return undefined;
}

/**
 * A bot's config or a prompt kept as JSON or YAML (promptKeys.ts): when the file's own name says so
 * (`bot.json`, `config/assistant.yaml`), the light content test; in a folder that hints at a bot
 * (`assistants/lumen/config.yaml`), the prompt key's value must read as a prompt with the lowered bar; anywhere
 * else, with the full bar of an unnamed Markdown prompt (a persona line and independent instruction signals).
 */
function configFile(f: DetectFile): boolean | string {
  const hint = pathHint(f.relPath);
  const json = /\.json$/i.test(f.base);
  if (hint.strong)
    return json
      ? keyedPromptFile(f, 'a JSON file named as a prompt', jsonPromptText(f.uri, f.text()))
      : keyedPromptFile(f, 'a YAML bot config', templatePromptText(f.uri, f.text()));
  if (f.text().length > SNIFF_MAX_CHARS) return false;
  const ordinary = notAPromptConfig(f);
  if (ordinary) return ordinary;
  const keyed = mayHavePromptKey(f.head());
  if (!keyed) return modelConfigReason(f.head(), false) ?? false;
  const path = pathVerdict(f);
  if (path.reason)
    return `a ${json ? 'JSON' : 'YAML'} file with a prompt-like key, not read as a prompt: ${path.reason}`;
  const prompt =
    path.locale !== undefined
      ? path.locale
      : json
        ? jsonPromptText(f.uri, f.text(), true)
        : templatePromptText(f.uri, f.text());
  if (!prompt) return modelConfigReason(f.head(), true) ?? false;
  const folder = hintingFolder(f.relPath);
  const explicit = path.locale !== undefined || explicitKey(f);
  const found = sniffPrompt(prompt, !!folder, { ...hint, keyed: true, explicit });
  if (found === true) return true;
  const what = json ? 'a JSON file' : 'a YAML file';
  return `${what} with a prompt key${folder ? ` in ${folder}/` : ''} whose text was not taken: ${found}`;
}

/**
 * A Dialogflow CX agent's generative settings kept without the rest of its export (the CX adapter reads them with the
 * agent when `agent.json` is above them): the fallback prompt template the business wrote is the prompt
 * (dialogflow-cx/generativeSettings.ts). Undefined for any other JSON file.
 */
function cxGenerativeSettings(f: DetectFile): boolean | string | undefined {
  if (!/\.json$/i.test(f.base) || !mayBeGenerativeSettings(f.head())) return undefined;
  if (f.text().length > SNIFF_MAX_CHARS) return false;
  const docPath = docPathReason(f.relPath);
  if (docPath) return `Dialogflow CX generative settings, not read as a prompt: ${docPath}`;
  const lone = loneGenerativeSettings(f.uri, f.text());
  if (lone === undefined || typeof lone === 'string') return lone;
  const prose = naturalLanguage(lone.prompts.map((p) => p.text.text).join('\n\n'));
  return prose === true
    ? true
    : `Dialogflow CX generative settings whose fallback prompt is not natural language (${prose})`;
}

export const systemPrompt: FormatAdapter = {
  kind: 'system-prompt',
  title: 'Plain system prompt',
  activation: [
    '**/*.system.md',
    '**/*.system.txt',
    '**/prompts/**/*.md',
    '**/prompts/**/*.txt',
    '**/system-prompt*.md',
    '**/system_prompt*.md',
  ],
  detect: (f) => {
    // A dotenv file whose key names the system prompt (`SYSTEM_PROMPT="…"`): dotenvPrompt.ts.
    if (isDotenvName(f.base)) return detectDotenv(f);
    if (mayBeTemplateYaml(f.base, f.head()))
      return keyedPromptFile(f, 'a YAML template', templatePromptText(f.uri, f.text()));
    if (/\.(ya?ml|json)$/i.test(f.base)) return false;
    if (/\.toml$/i.test(f.base)) return tomlConfigFile(f);
    // A prompt kept as XML-tagged text (`prompts/x/system_prompt.xml`, `<role>…</role><scope>…</scope>`): only when
    // its path says prompt, then its content decides; any other XML (pom.xml, layouts, manifests) is never read.
    // Under a `prompts/` folder the file's own name need not say so (`prompts/ketabsara/whatsapp.xml`).
    // So is an XML file in a bot's folder whose elements name a prompt (`agents/x.xml` with `<instructions>`).
    if (/\.xml$/i.test(f.base)) {
      if (!hintsPrompt(f.relPath) || solutionRecord(f.head())) return false;
      const element = xmlPromptElement(f.head());
      return pathHint(f.relPath).strong || inPromptsFolder(f.relPath) || element ? sniffFile(f, element) : false;
    }
    // Template files too: Jinja, Handlebars/Mustache, Liquid, `.tpl` (their content decides, sniff.ts); Spring AI's
    // StringTemplate `.st` and Go's `.tmpl` only where the path says prompt (`resources/prompts/x.st`): `.st` is
    // also Smalltalk source.
    // A template placed in a `prompts/` folder is a prompt, as a Markdown or text file there is.
    const template = /\.(st|tmpl|j2|jinja2?|hbs|handlebars|mustache|liquid|tpl)$/i.test(f.base);
    if (template && inPromptsFolder(f.relPath)) return true;
    if (/\.(st|tmpl)$/i.test(f.base)) return hintsPrompt(f.relPath) ? sniffFile(f) : false;
    if (!template && !/\.(md|txt|markdown)$/i.test(f.base)) return false;
    if (f.matches([...DEFAULT_PROMPT_GLOBS, ...f.include])) return true;
    return sniffFile(f);
  },
  detectLast: (f) => {
    if (!/\.(ya?ml|json)$/i.test(f.base) || /\.mcs\.ya?ml$/i.test(f.base)) return false;
    const cx = cxGenerativeSettings(f);
    if (cx !== undefined) return cx;
    // An agent-framework config (agents/): its WhatsApp-facing agents are the prompt.
    const agents = detectAgentConfig(f);
    if (agents === true) return true;
    const other = configFile(f);
    // A file named like an agents config says why it holds no agents, before what kind of ordinary config it is.
    return typeof agents === 'string' && (other === false || other === notAPromptConfig(f)) ? agents : other;
  },
  parse: (uri, text) =>
    (isDotenvName(uri.slice(uri.lastIndexOf('/') + 1)) ? parseDotenvPrompt(uri, text) : undefined) ??
    (/\.toml$/i.test(uri) ? parseTomlConfig(uri, text) : undefined) ??
    (/\.json$/i.test(uri) ? parseLoneGenerativeSettings(uri, text) : undefined) ??
    (/\.(ya?ml|json)$/i.test(uri) && namedAsAgents(uri) ? parseAgentConfig(uri, text) : undefined) ??
    (/\.(ya?ml|json)$/i.test(uri) ? parseLocalePrompts(uri, text) : undefined) ??
    (/\.ya?ml$/i.test(uri)
      ? parseTemplateYaml(uri, text)
      : /\.json$/i.test(uri)
        ? parsePromptJson(uri, text)
        : parseSystemPrompt(uri, text)),
  commentStyle: (uri) =>
    /\.(md|markdown|xml)$/i.test(uri)
      ? { open: '<!-- ', close: ' -->' }
      : /\.(ya?ml|toml)$/i.test(uri) || isDotenvName(uri.slice(uri.lastIndexOf('/') + 1))
        ? HASH_COMMENT
        : undefined,
};

export const promptYml: FormatAdapter = {
  kind: 'prompt-yml',
  title: 'GitHub Models prompt',
  activation: ['**/*.prompt.yml', '**/*.prompt.yaml'],
  detect: (f) => /\.prompt\.ya?ml$/i.test(f.base),
  parse: parsePromptYml,
  commentStyle: () => HASH_COMMENT,
  yamlScalars: true,
};

export const prompty: FormatAdapter = {
  kind: 'prompty',
  title: 'Prompty',
  activation: ['**/*.prompty'],
  detect: (f) => /\.prompty$/i.test(f.base),
  parse: parsePrompty,
  commentStyle: templateComments({ open: '{# ', close: ' #}' }),
};

export const dotprompt: FormatAdapter = {
  kind: 'dotprompt',
  title: 'Dotprompt',
  activation: ['**/*.prompt'],
  detect: (f) => /\.prompt$/i.test(f.base),
  parse: parseDotprompt,
  commentStyle: templateComments({ open: '{{! ', close: ' }}' }),
};
