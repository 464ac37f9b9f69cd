import { splitFrontMatter } from '../shared/frontMatter';
import { HASH_COMMENT, type FormatAdapter } from '../types';
import { LineIndex } from '../../model/text';
import { parseDotprompt, parsePrompty, parsePromptYml, parseSystemPrompt } from './parse';

export const DEFAULT_PROMPT_GLOBS = ['**/*.system.md', '**/*.system.txt', '**/prompts/**/*.{md,txt}', '**/system-prompt*.{md,txt}'];

/** Front matter takes `#` comments; the body takes the template language's comment. */
const templateComments = (body: { open: string; close: string }) => (uri: string, text: string, line: number) => {
  const bodyLine = new LineIndex(text).position(splitFrontMatter(uri, text).bodyStart).line;
  return line < bodyLine ? HASH_COMMENT : body;
};

export const systemPrompt: FormatAdapter = {
  kind: 'system-prompt',
  title: 'Plain system prompt',
  activation: ['**/*.system.md', '**/*.system.txt', '**/prompts/**/*.md', '**/prompts/**/*.txt', '**/system-prompt*.md'],
  detect: (f) => {
    if (!/\.(md|txt|markdown)$/i.test(f.base)) return false;
    if (f.matches([...DEFAULT_PROMPT_GLOBS, ...f.include])) return true;
    return 'a Markdown or text file is read as a system prompt only when its name says so (*.system.md, prompts/**, system-prompt*.md) or the config lists it in `include`';
  },
  parse: parseSystemPrompt,
  commentStyle: (uri) => (/\.(md|markdown)$/i.test(uri) ? { open: '<!-- ', close: ' -->' } : undefined),
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
