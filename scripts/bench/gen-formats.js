'use strict';
// One edit benchmark per supported format, each on a file that has findings: large generated
// variants where the format is a single text (prompts) or has a generator (Rasa, n8n), the
// repository's own fixtures for the graph formats that have no generator yet.
const fs = require('fs');
const path = require('path');
const { generatePrompt, promptEditSites } = require('./gen-prompt');
const { generateRasaProject, flowEditSites } = require('./gen-rasa');
const { generateN8n, n8nEditSites } = require('./gen-n8n');

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test-fixtures');

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true, filter: (src) => !/expected\.json$|__fixed__/.test(src) });
}

/** Typing a word into a text value: after a space that follows a letter, in a line with a `: ` or a quote before it. */
function valueEditSites(text) {
  const sites = [];
  let off = 0;
  for (const line of text.split('\n')) {
    const start = Math.max(line.indexOf(': '), line.indexOf('"'));
    for (let i = start + 2; start >= 0 && i < line.length; i++)
      if (line[i - 1] === ' ' && /[a-z]/i.test(line[i - 2] || '') && /[a-z]/i.test(line[i])) sites.push(off + i);
    off += line.length + 1;
  }
  if (!sites.length) throw new Error('no text value to edit');
  return (r) => ({
    keystrokes: true,
    apply: { offset: r.pick(sites), deleteLen: 0, insert: `${r.pick(['usually', 'often', 'kindly', 'always'])} ` },
  });
}

const indent = (text, pad) =>
  text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');

/** A long open-domain prompt body (the grant is near the top, so edits far below still re-check it). */
function body(lines) {
  return generatePrompt({ lines, seed: 9, business: 2, flavor: 'open' });
}

/** A prompt format: one file whose text is generated at `lines` lines. */
function promptSpec(name, rel, languageId, wrap, lines) {
  return (dir) => {
    const text = wrap(body(lines));
    const file = write(path.join(dir, rel), text);
    return { name, root: dir, file, languageId, text, pick: promptEditSites(text), seed: 404 };
  };
}

/** A fixture project copied as is; `rel` is the file that is edited (it has findings). */
function fixtureSpec(name, fixtureDir, rel, languageId) {
  return (dir) => {
    copyDir(path.join(FIXTURES, fixtureDir), dir);
    const file = path.join(dir, rel);
    const text = fs.readFileSync(file, 'utf8');
    return { name, root: dir, file, languageId, text, pick: valueEditSites(text), seed: 505 };
  };
}

const FORMATS = [
  ['system prompt', promptSpec('system prompt', 'prompts/assistant.system.md', 'markdown', (b) => b, 2500)],
  [
    'prompt.yml',
    promptSpec(
      'prompt.yml',
      'assistant.prompt.yml',
      'yaml',
      (b) =>
        `name: Assistant\nmodel: openai/gpt-4o\nmessages:\n  - role: system\n    content: |\n${indent(b, '      ')}\n  - role: user\n    content: "{{input}}"\n`,
      2500,
    ),
  ],
  [
    'prompty',
    promptSpec(
      'prompty',
      'assistant.prompty',
      'prompty',
      (b) => `---\nname: Assistant\nmodel:\n  api: chat\n---\nsystem:\n${b}\nuser:\n{{question}}\n`,
      2500,
    ),
  ],
  [
    'dotprompt',
    promptSpec(
      'dotprompt',
      'prompts/assistant.prompt',
      'dotprompt',
      (b) => `---\nmodel: googleai/gemini-2.0-flash\n---\n{{role "system"}}\n${b}\n{{role "user"}}\n{{question}}\n`,
      2500,
    ),
  ],
  [
    'n8n',
    (dir) => {
      const text = generateN8n({ lines: 3000, seed: 11 });
      const file = write(path.join(dir, 'workflows', 'whatsapp-customer-service.json'), text);
      return { name: 'n8n', root: dir, file, languageId: 'json', text, pick: n8nEditSites(text), seed: 202 };
    },
  ],
  [
    'Rasa',
    (dir) => {
      const root = path.join(dir, 'lumen-assistant');
      const proj = generateRasaProject(root, { flowLines: 2500, seed: 7, flavor: 'open', chitchatInFlows: true });
      const text = proj.files['data/flows.yml'];
      return {
        name: 'Rasa',
        root,
        file: proj.flowsPath,
        languageId: 'yaml',
        text,
        pick: flowEditSites(text, proj),
        seed: 101,
      };
    },
  ],
  [
    'Dialogflow CX',
    fixtureSpec(
      'Dialogflow CX',
      'formats/dialogflow-cx/open-agent',
      'flows/Default Start Flow/Default Start Flow.json',
      'json',
    ),
  ],
  ['Copilot Studio', fixtureSpec('Copilot Studio', 'formats/copilot-studio/open-agent', 'agent.mcs.yml', 'yaml')],
  ['Twilio', fixtureSpec('Twilio', 'formats/twilio-studio', 'open-domain-gpt.json', 'json')],
  ['Typebot', fixtureSpec('Typebot', 'formats/typebot', 'open-domain-chatgpt.json', 'json')],
  ['Flowise', fixtureSpec('Flowise', 'formats/flowise', 'open-domain-conversation.json', 'json')],
];

module.exports = { FORMATS };
