import { isExplicitPromptKey, PROMPT_WORDS } from './promptKeys';

/**
 * What a file's path says before its content is read: documentation never qualifies as a prompt;
 * a name or folder that hints at a bot lowers the bar of the content test (sniff.ts).
 */

/** Only the last folders count: a workspace that sits under ~/build/ or ~/bots/ says nothing. */
const FOLDERS_LOOKED_AT = 4;

const DOC_BASE =
  /^(readme|changelog|changes|history|contributing|contributors|license|licence|copying|notice|authors|code_of_conduct|security|support|funding|codeowners|requirements|robots|cmakelists|third[-_]party[-_]notices)\b/i;
/**
 * Repository documents are prose files (`SUPPORT.md`, `LICENSE`, `requirements.txt`): a config or data file whose name
 * only starts like one (`agents/support-l1.json`, `security-bot.yaml`) is judged by its content.
 */
const PROSE_FILE = /^[^.]+$|\.(?:md|markdown|txt|rst|adoc|asciidoc|org|html?)$/i;
const DOC_DIRS = new Set([
  'docs',
  'doc',
  'documentation',
  'wiki',
  'handbook',
  'guides',
  '.github',
  '.gitlab',
  'node_modules',
  'vendor',
  'dist',
  'build',
  'out',
  'target',
  'site-packages',
  '.venv',
  'venv',
  'coverage',
  'blog',
  'posts',
  '_posts',
  'changelogs',
  'licenses',
  'man',
  'examples-output',
]);
/** Folders of translated strings: UI strings, or a bot's prompts per locale when the file is named as them. */
const TRANSLATION_DIRS = new Set(['locales', 'locale', 'i18n', 'l10n', 'translations', 'lang', 'langs']);
/** Folders of translated UI strings and of test data: their texts are strings and samples, never a bot's prompt. */
const DATA_DIRS = new Set([
  ...TRANSLATION_DIRS,
  'fixtures',
  '__fixtures__',
  'testdata',
  'test-data',
  'test_data',
  '__snapshots__',
]);
const HINT = /system|prompt|persona|instruction|bot|agent|assistant|chatbot|whatsapp|gpt|llm|template/i;

function parts(relPath: string): { dirs: string[]; base: string } {
  const segs = relPath.split('/').filter(Boolean);
  const base = segs.pop() ?? '';
  return { dirs: segs.slice(-FOLDERS_LOOKED_AT), base };
}

/** Why the path alone rules the file out as a prompt, or undefined. */
export function docPathReason(relPath: string): string | undefined {
  const { dirs, base } = parts(relPath);
  if (DOC_BASE.test(base) && PROSE_FILE.test(base)) return `reads like documentation: ${base} is a repository document`;
  const dir = dirs.find((d) => DOC_DIRS.has(d.toLowerCase()));
  if (dir) return `reads like documentation: it is under ${dir}/`;
  const data = dirs.find((d) => DATA_DIRS.has(d.toLowerCase()));
  // A bot's prompts kept per locale (`i18n/system_prompts.json`) are named as what they are; UI strings are not.
  if (data && !(TRANSLATION_DIRS.has(data.toLowerCase()) && isExplicitPromptKey(base.replace(/\.[^.]+$/, ''))))
    return `UI strings or test data: it is under ${data}/`;
  return undefined;
}

/**
 * The folder of translated strings a file sits in (`locales/`, `i18n/`), when the path says nothing else against it
 * (no documentation, vendored or test-data folder): a key there that names the bot's system prompt is read.
 */
export function translationFolder(relPath: string): string | undefined {
  const { dirs, base } = parts(relPath);
  if (DOC_BASE.test(base) && PROSE_FILE.test(base)) return undefined;
  if (
    dirs.some(
      (d) =>
        DOC_DIRS.has(d.toLowerCase()) || (DATA_DIRS.has(d.toLowerCase()) && !TRANSLATION_DIRS.has(d.toLowerCase())),
    )
  )
    return undefined;
  return dirs.find((d) => TRANSLATION_DIRS.has(d.toLowerCase()));
}

/**
 * A prompt kept with a project's documentation, in a folder of its own bot: `docs/bot/insurance-prompt.md`,
 * `docs/whatsapp/system-prompt.md`. Only under `docs/` or `doc/` (never vendored, built or `.github/` files), only
 * when a folder below it names a bot or prompts and the file's own name says prompt; its content must then pass
 * the full bar of an unnamed prompt (sniff.ts), so a guide about prompts in the same folder stays documentation.
 */
export function botPromptUnderDocs(relPath: string): boolean {
  const { dirs, base } = parts(relPath);
  const at = dirs.findIndex((d) => /^docs?$/i.test(d));
  if (at < 0 || dirs.some((d, i) => i !== at && (DOC_DIRS.has(d.toLowerCase()) || DATA_DIRS.has(d.toLowerCase()))))
    return false;
  const below = dirs.slice(at + 1);
  return below.some((d) => /bot|agent|assistant|prompt|persona|whatsapp/i.test(d)) && pathHint(`x/${base}`).strong;
}

/** The folder that suggests a prompt or a bot (`bots/`, `assistants/`, `whatsapp-agent/`), or undefined. */
export function hintingFolder(relPath: string): string | undefined {
  return parts(relPath).dirs.find((d) => HINT.test(d));
}

/** The file's name or one of its folders suggests a prompt or a bot. */
export function hintsPrompt(relPath: string): boolean {
  const { dirs, base } = parts(relPath);
  return [...dirs, base.replace(/\.[^.]+$/, '')].some((s) => HINT.test(s));
}

/** "System" and "assistant" in the languages whose projects name files in their own words (`sistem-talimati.md`). */
const LOCAL_STEMS =
  'sistem|sistema|système|systeme|systeem|systém|системн|asisten|asistente|assistente|asystent|asistan|ассистент|помощник|助手|助理|アシスタント|어시스턴트|ผู้ช่วย|مساعد|सहायक';
/** A file stem that says "this is the prompt": `prompt.txt`, `system_prompt.md`, `admin-bot.txt`, `agent.yaml`. */
const STRONG_STEM = new RegExp(
  `(?:^|[-_. ])(?:prompts?|system|instructions?|persona|bot|chatbot|agent|assistant|(?:${PROMPT_WORDS}|${LOCAL_STEMS})\\p{L}*)(?:[-_. ]|$)`,
  'iu',
);
/**
 * Tags a project adds to a prompt's name to tell its copies apart, which leave it the prompt's name: the channel
 * (`prompt_wa.txt`, `whatsapp-prompt.md`), a version (`prompt-v2.txt`) or a language or locale code (`prompt.fr.txt`,
 * `system_prompt_pt-BR.md`, `prompt_ar_latn.txt`). Any other word beside "prompt" (`prompt_guide.md`,
 * `image_prompt.txt`, `prompt-tips.md`) may name a document about prompts: such a file is judged by its content.
 */
const NAME_TAG = '(?:whatsapp|wa|v\\d+(?:\\.\\d+)*|[a-z]{2}(?:[-_](?:[a-z]{2}|latn|cyrl|arab|hans|hant))?)';
const CHANNEL_TAG = '(?:whatsapp|wa)';
const PROMPT_NAME = new RegExp(
  `^(?:${CHANNEL_TAG}[-_. ])?(?:(?:system|bot|chatbot|assistant|agent|ai|llm|gpt)[-_ ]?)?prompt(?:[-_. ]${NAME_TAG})*$`,
  'i',
);
const PROMPT_NAME_IN_BOT_FOLDER = new RegExp(
  `^(?:(?:(?:system|bot|chatbot|assistant|agent)[-_ ]?)?(?:instructions?|persona)|system)(?:[-_. ]${NAME_TAG})*$`,
  'i',
);
/**
 * A file whose whole name is a prompt's name: `prompt.txt`, `system_prompt.md`, `bot-prompt.txt`, or, in a folder that
 * hints at a bot (`whatsapp-bot/instructions.md`, `agents/sara/system.txt`), `instructions`, `system` or `persona`.
 * Its name says what it is, as a key named `system_prompt` does: natural-language text in it is the prompt, with no
 * "You are …" line needed (a tone-only prompt, "Helpful assistant you are. Answer briefly …", in any language).
 * Documentation still raises the bar (sniff.ts), so an install guide named `instructions.md` stays unread.
 */
export function namedExactlyAsPrompt(relPath: string): boolean {
  const { base } = parts(relPath);
  const stem = base.replace(/\.[^.]+$/, '');
  if (PROMPT_NAME.test(stem)) return true;
  return PROMPT_NAME_IN_BOT_FOLDER.test(stem) && !!hintingFolder(relPath);
}

/** Folders that group bots or prompts, or a project's plumbing: they name no bot. */
const GENERIC_DIRS =
  /^(?:bots?|agents?|assistants?|prompts?|personas?|config|configs|settings|src|app|apps|lib|data|assets|resources|res|templates?|system|public|private|main|default|prod|production|staging|dev|v\d+)$/i;

export interface PathHint {
  /** The file's own name says it is a prompt (`bots/fitbox/prompt.txt`), not only a folder above it. */
  strong: boolean;
  /** Folder names that may be the bot's or the business's name (`fitbox`, `olshop-dinda`), lower-case. */
  names: string[];
  /** The text was taken from a YAML or JSON key that names a prompt (`system_prompt`, `instruksi`). */
  keyed?: boolean;
  /**
   * The key's own name says it holds the system prompt (`system_prompt`, `instructions`, a `role: system`
   * message): natural-language text under it is a prompt without a "You are …" line (sniff.ts).
   */
  explicit?: boolean;
}

/** What the path says about the bot, for the light content test (lightEvidence.ts). */
export function pathHint(relPath: string): PathHint {
  const { dirs, base } = parts(relPath);
  const stem = base.replace(/\.[^.]+$/, '').replace(/\.(?:prompt|system)$/i, '');
  const names = dirs
    .slice(-2)
    .filter((d) => !GENERIC_DIRS.test(d) && !d.startsWith('.'))
    .map((d) => d.toLowerCase())
    .filter((d) => d.replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
  return { strong: STRONG_STEM.test(stem) || STRONG_STEM.test(base), names };
}
