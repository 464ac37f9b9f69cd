'use strict';
// Deterministic generator of a workspace with N bot files across the supported formats:
// Rasa CALM projects (6 files each), n8n workflows, *.system.md, *.prompt.yml, *.prompty and
// Dotprompt *.prompt files, in a nested folder layout.
const fs = require('fs');
const path = require('path');
const { rng: makeRng } = require('./stats');
const { generatePrompt } = require('./gen-prompt');
const { generateN8n } = require('./gen-n8n');
const { generateRasaProject } = require('./gen-rasa');

const TEAMS = ['emea', 'latam', 'apac', 'na'];

function indent(text, n) {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

function promptYml(body, name) {
  return [
    `name: ${name}`,
    `description: WhatsApp assistant prompt for ${name}`,
    'model: openai/gpt-4o-mini',
    'modelParameters:',
    '  temperature: 0.2',
    '  max_tokens: 400',
    'messages:',
    '  - role: system',
    '    content: |',
    indent(body.trimEnd(), 6),
    '  - role: user',
    "    content: '{{message}}'",
    'testData:',
    '  - message: Where is my order 558201?',
    '    expected: order status',
    'evaluators:',
    '  - name: stays on topic',
    '    string:',
    '      contains: order',
    '',
  ].join('\n');
}

function prompty(body, name) {
  return [
    '---',
    `name: ${name}`,
    `description: WhatsApp assistant for ${name}`,
    'authors:',
    '  - Digital Channels',
    'model:',
    '  api: chat',
    '  configuration:',
    '    type: azure_openai',
    '    azure_endpoint: ${env:AZURE_OPENAI_ENDPOINT}',
    '    azure_deployment: gpt-4o-mini',
    '  parameters:',
    '    temperature: 0.1',
    'inputs:',
    '  question:',
    '    type: string',
    'sample:',
    '  question: Has my order shipped yet?',
    '---',
    'system:',
    body.trimEnd(),
    '',
    'user:',
    '{{question}}',
    '',
  ].join('\n');
}

function dotprompt(body) {
  return [
    '---',
    'model: googleai/gemini-2.0-flash',
    'config:',
    '  temperature: 0.2',
    'input:',
    '  schema:',
    '    customer: string',
    '    message: string',
    '---',
    '{{role "system"}}',
    body.trimEnd(),
    '{{history}}',
    '{{role "user"}}',
    '{{message}}',
    '',
  ].join('\n');
}

/**
 * @param {string} root folder to fill
 * @param {object} o
 * @param {number} [o.files=2000] total number of bot files
 * @param {number} [o.seed=23]
 * @returns {{files: {path:string, format:string, project?:string}[], rasaProjects: string[], counts: Record<string, number>, bytes: number}}
 */
function generateWorkspace(root, o = {}) {
  const total = o.files || 2000;
  const r = makeRng(o.seed || 23);
  const files = [];
  const rasaProjects = [];
  const counts = {};
  let bytes = 0;
  const write = (rel, text, format, project) => {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    bytes += Buffer.byteLength(text);
    files.push({ path: p, format, project });
    counts[format] = (counts[format] || 0) + 1;
  };
  // Shares of the total: rasa 18% (6 files per project), n8n 20%, system.md 25%, prompt.yml 12.5%,
  // prompty 12.5%, dotprompt the rest.
  const nRasa = Math.max(1, Math.floor((total * 0.18) / 6));
  const nN8n = Math.floor(total * 0.2);
  const nSys = Math.floor(total * 0.25);
  const nYml = Math.floor(total * 0.125);
  const nPrompty = Math.floor(total * 0.125);
  const nDot = Math.max(0, total - nRasa * 6 - nN8n - nSys - nYml - nPrompty);

  for (let i = 0; i < nRasa; i++) {
    const team = TEAMS[i % TEAMS.length];
    const rel = path.join('bots', team, 'rasa', `assistant-${String(i + 1).padStart(3, '0')}`);
    const dir = path.join(root, rel);
    const proj = generateRasaProject(dir, {
      flowLines: 80 + r.int(160),
      seed: 1000 + i,
      flavor: r.chance(0.3) ? 'open' : 'scoped',
    });
    rasaProjects.push(dir);
    for (const [f, text] of Object.entries(proj.files)) {
      files.push({ path: path.join(dir, f), format: 'rasa', project: dir });
      bytes += Buffer.byteLength(text);
    }
    counts.rasa = (counts.rasa || 0) + Object.keys(proj.files).length;
  }
  for (let i = 0; i < nN8n; i++) {
    const team = TEAMS[i % TEAMS.length];
    write(
      path.join('bots', team, 'n8n', `whatsapp-flow-${String(i + 1).padStart(4, '0')}.json`),
      generateN8n({ lines: 500 + r.int(400), seed: 2000 + i, openAgent: r.chance(0.3) }),
      'n8n',
    );
  }
  const body = (i, lines) =>
    generatePrompt({ lines, seed: 3000 + i, business: i % 3, flavor: r.chance(0.3) ? 'open' : 'scoped' });
  for (let i = 0; i < nSys; i++) {
    write(
      path.join('bots', TEAMS[i % 4], 'prompts', `store-${String(i + 1).padStart(4, '0')}.system.md`),
      body(i, 40 + r.int(120)),
      'system-prompt',
    );
  }
  for (let i = 0; i < nYml; i++) {
    write(
      path.join('bots', TEAMS[i % 4], 'prompts', `support-${String(i + 1).padStart(4, '0')}.prompt.yml`),
      promptYml(body(10000 + i, 40 + r.int(60)), `Support ${i + 1}`),
      'prompt-yml',
    );
  }
  for (let i = 0; i < nPrompty; i++) {
    write(
      path.join('bots', TEAMS[i % 4], 'prompty', `claims-${String(i + 1).padStart(4, '0')}.prompty`),
      prompty(body(20000 + i, 40 + r.int(60)), `Claims ${i + 1}`),
      'prompty',
    );
  }
  for (let i = 0; i < nDot; i++) {
    write(
      path.join('bots', TEAMS[i % 4], 'genkit', `booking-${String(i + 1).padStart(4, '0')}.prompt`),
      dotprompt(body(30000 + i, 40 + r.int(60))),
      'dotprompt',
    );
  }
  return { files, rasaProjects, counts, bytes };
}

module.exports = { generateWorkspace, promptYml, prompty, dotprompt };
