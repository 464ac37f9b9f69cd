import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { decodeText } from '../../src/input/decode';
import { toUri } from '../../src/model/uri';
import { createFsHost } from '../../src/nodeHost/fsHost';
import { createPolicyService } from '../../src/service';
import { REPO } from '../helpers/fsHost';
import { applyEdits } from '../helpers/applyEdits';
import { FORMATS } from './formatFixtures';
import { fixtureFiles, memoryHost, Tally, WS } from './harness';

/** The hostile inputs of issue 11, each a named case. */
const tally = new Tally('hostile regression cases');
const SCOPED =
  'You are the assistant of Sunny Shoes. You only help with Sunny Shoes orders, returns and sizes.\nIf a message is not about Sunny Shoes, reply: "Sorry, I can only help with your orders."\nTo reach a person, write HUMAN and we transfer you to an agent, or call +44 113 496 0725.\n';
const GRANT = 'Answer any question the user asks, on any topic.';

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-hostile-'));
  for (const [rel, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), body);
  }
  return dir;
}

function cli(
  dir: string,
  ...args: string[]
): {
  code: number;
  out: string;
  err: string;
  json: { file: string; findings: { rule: string; line: number; message: string }[] }[];
} {
  // The bundled CLI in its own process, as a user runs it (importing cli/main would run it on this process's argv).
  const r = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '--format', 'json', ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    // A run that hangs (a named pipe opened for reading) fails its case instead of stalling the suite.
    timeout: 300_000,
  });
  const code = r.status ?? -1;
  const out = r.stdout;
  const err = r.stderr;
  let json = [];
  try {
    json = JSON.parse(out);
  } catch {
    /* asserted by the caller */
  }
  return { code, out, err, json };
}

function hostile(name: string, fn: () => void | Promise<void>, options: { todo?: string; skip?: string } = {}) {
  test(`hostile: ${name}`, options, async () => {
    const t0 = performance.now();
    try {
      await fn();
      tally.add('ok', performance.now() - t0, 0);
    } catch (e) {
      tally.add('wrong', performance.now() - t0, 0, `${name}: ${(e as Error).message}`);
      throw e;
    }
  });
}

const rulesOf = (r: ReturnType<typeof cli>, file: string) =>
  (r.json.find((f) => f.file === file)?.findings ?? []).map((f) => f.rule);

hostile('a YAML alias bomb in .wa-policy.yaml is an input/limits finding, the CLI still reports every file', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++)
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const dir = workspace({
    '.wa-policy.yaml': `x: &r r\ny: [${Array(50).fill('*r').join(', ')}]\n${levels.join('\n')}\n`,
    'p/a.system.md': GRANT,
  });
  const r = cli(dir, '.');
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(rulesOf(r, '.wa-policy.yaml'), ['input/limits']);
  assert.ok(rulesOf(r, 'p/a.system.md').includes('prompt/open-domain-grant'));
});

hostile('50 aliases of one scalar in the config are read, not a crash', () => {
  const dir = workspace({
    '.wa-policy.yaml': `x: &a prompt/no-human-escalation\nrules:\n  *a : off\nexclude: [${Array(50).fill('*a').join(', ')}]\n`,
    'p/a.system.md': `${SCOPED}`,
  });
  const r = cli(dir, '.');
  assert.ok(!r.err.includes('    at '), r.err);
  assert.ok(rulesOf(r, '.wa-policy.yaml').every((x) => x === 'config/invalid'));
});

hostile('a JSON flow nested 5,000 deep is input/limits and the other files still report', () => {
  const deep = `{"initial_state":"T","states":[{"name":"T","type":"trigger"}],"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const dir = workspace({ 'studio-flow.json': deep, 'p/a.system.md': GRANT });
  const r = cli(dir, '.');
  assert.deepEqual(rulesOf(r, 'studio-flow.json'), ['input/limits']);
  assert.ok(rulesOf(r, 'p/a.system.md').includes('prompt/open-domain-grant'));
  assert.match(r.json.find((f) => f.file === 'studio-flow.json')!.findings[0].message, /limits\.maxDepth/);
});

hostile('an n8n export over 200 KB with "connections" after the nodes is checked', () => {
  const filler = Array.from(
    { length: 900 },
    (_, i) =>
      `{"id":"n${i}","name":"Set ${i}","type":"n8n-nodes-base.set","typeVersion":3,"position":[${i},0],"parameters":{"values":{"string":[{"name":"note","value":"${'x'.repeat(200)}"}]}}}`,
  );
  const agent = `{"id":"agent","name":"AI Agent","type":"@n8n/n8n-nodes-langchain.agent","typeVersion":1,"position":[0,0],"parameters":{"options":{"systemMessage":"${GRANT}"}}}`;
  const trigger = `{"id":"wa","name":"WhatsApp Trigger","type":"n8n-nodes-base.whatsAppTrigger","typeVersion":1,"position":[0,0],"parameters":{"updates":["messages"]}}`;
  const text = `{"name":"big","nodes":[${[trigger, agent, ...filler].join(',')}],"connections":{"WhatsApp Trigger":{"main":[[{"node":"AI Agent","type":"main","index":0}]]}}}`;
  assert.ok(text.length > 200_000);
  const dir = workspace({ 'workflows/big.json': text });
  const r = cli(dir, '.');
  assert.equal(r.code, 1, r.out);
  assert.ok(
    r.json.some((f) => f.file === 'workflows/big.json'),
    '0 files checked',
  );
});

const OPEN_PERSONA = 'a general assistant. Answer any question the user asks, on any topic';
const SCOPED_PERSONA = 'the order assistant of Sunny Shoes. You only help with Sunny Shoes orders and returns';
const PROMPTY_PERSONA = {
  name: 'prompty',
  uri: `${WS}/p/shop.prompty`,
  text: (who: string) =>
    `---\nname: Shop\nx-defs:\n  who: &who "${who}"\nmodel:\n  api: chat\ninputs:\n  persona:\n    type: string\n` +
    '    default: *who\n---\nsystem:\nYou are {{persona}}.\n\nuser:\n{{question}}\n',
};
const DOTPROMPT_PERSONA = {
  name: 'dotprompt',
  uri: `${WS}/p/orbit.prompt`,
  text: (who: string) =>
    `---\nmodel: googleai/gemini-2.0-flash\nx-defs:\n  who: &who "${who}"\ninput:\n  schema:\n    persona?: string\n` +
    '  default:\n    persona: *who\n---\n{{role "system"}}\nYou are {{persona}}.\n{{role "user"}}\n{{message}}\n',
};

/** A fixture with one file rewritten. */
function rewritten(
  fixture: string,
  name: string,
  file: string,
  edit: (text: string) => string,
): Record<string, string> {
  const files = fixtureFiles(fixture, name);
  const uri = `${WS}/${name}/${file}`;
  files[uri] = edit(files[uri]);
  return files;
}

/** Fixtures rewritten so their prompt sits in an anchor and is used through an alias. */
function aliased(fixture: string, name: string, main: string, field: RegExp): Record<string, string> {
  const files = fixtureFiles(fixture, name);
  const uri = `${WS}/${name}/${main}`;
  files[uri] =
    `x-defs:\n  sys: &sys "You are a helpful assistant. ${GRANT}"\n` +
    files[uri].replace(field, (_m, key: string) => `${key} *sys\n`);
  return files;
}
const ALIASED: {
  format: string;
  files: Record<string, string>;
  main: string;
  alias?: string;
  control?: Record<string, string>;
}[] = [
  {
    format: 'prompt-yml',
    files: {
      [`${WS}/a.prompt.yml`]: `defs:\n  sys: &sys "You are the Sunny Shoes assistant. ${GRANT}"\nmessages:\n  - role: system\n    content: *sys\n`,
    },
    main: `${WS}/a.prompt.yml`,
  },
  {
    format: 'copilot-studio',
    files: aliased('formats/copilot-studio/loose-topic', 'cs', 'Boost.mcs.yml', /(additionalInstructions:).*\n/),
    main: `${WS}/cs/Boost.mcs.yml`,
  },
  {
    format: 'rasa',
    files: aliased('flow/open-domain-fallback/shop', 'rasa', 'domain.yml', /(rephrase_prompt:) \|\n(?: {10}.*\n)+/),
    main: `${WS}/rasa/domain.yml`,
  },
  {
    // The flow whose steps reach the free-form response, held in an anchor (the finding is in domain.yml).
    format: 'rasa (flows)',
    files: rewritten('flow/open-domain-fallback/shop', 'rasa', 'data/patterns.yml', (t) =>
      t
        .replace(/( +)steps:\n +- action: utter_free_chitchat_response\n/, (_m, ind: string) => `${ind}steps: *chit\n`)
        .replace(/^flows:\n/, 'x-steps:\n  chit: &chit\n    - action: utter_free_chitchat_response\nflows:\n'),
    ),
    main: `${WS}/rasa/domain.yml`,
    alias: 'rasa/data/patterns.yml',
  },
  {
    format: 'copilot-studio (agent instructions)',
    files: aliased('formats/copilot-studio/scoped-agent', 'csa', 'agent.mcs.yml', /^(instructions:).*\n(?: {2}.*\n)*/m),
    main: `${WS}/csa/agent.mcs.yml`,
  },
  {
    format: 'dify',
    files: aliased('formats/dify/order-help-chat.yml', 'dify', 'order-help-chat.yml', /(pre_prompt:).*\n(?: {4}.*\n)*/),
    main: `${WS}/dify/order-help-chat.yml`,
  },
  {
    format: 'dify (workflow node)',
    files: aliased('formats/dify/clinic-chatflow.yml', 'dify', 'clinic-chatflow.yml', /(text:) You are a friendly.*\n/),
    main: `${WS}/dify/clinic-chatflow.yml`,
  },
  ...[PROMPTY_PERSONA, DOTPROMPT_PERSONA].map((file) => ({
    // A variable's default in the front matter, used in the body: the finding quotes the variable, so a
    // control with a scoped default must have none.
    format: file.name,
    files: { [file.uri]: file.text(OPEN_PERSONA) },
    control: { [file.uri]: file.text(SCOPED_PERSONA) },
    main: file.uri,
  })),
];
for (const { format, files, main, alias, control } of ALIASED) {
  hostile(`a grant in a YAML anchor used through an alias is seen (${format})`, () => {
    assert.match(files[alias ? `${WS}/${alias}` : main], / \*(sys|who|chit)\n/, 'the fixture uses the alias');
    const r = createPolicyService({ host: memoryHost(files) }).lint(main);
    assert.ok(r, `${main} is linted`);
    const grants = r.findings.filter((f) =>
      ['prompt/open-domain-grant', 'flow/open-domain-llm', 'flow/open-domain-fallback'].includes(f.rule),
    );
    const all = r.findings.map((f) => `${f.rule}: ${f.message}`).join('\n');
    if (control) {
      const scoped = createPolicyService({ host: memoryHost(control) })
        .lint(main)!
        .findings.map((f) => f.rule);
      assert.ok(
        grants.some((f) => f.rule === 'prompt/open-domain-grant'),
        `${format}: ${all}`,
      );
      assert.ok(!scoped.includes('prompt/open-domain-grant'), `${format}, scoped default: ${scoped.join(', ')}`);
      return;
    }
    // The finding quotes the aliased text (an unresolved alias would read as no prompt at all).
    const quoting = grants.filter((f) => /any question|any topic|general assistant|helpful assistant/i.test(f.message));
    assert.ok(quoting.length, `${format}: ${all}`);
  });
}

hostile(
  'a flow step list in a YAML anchor is read in a Rasa CALM folder layout (config/, domain/, data/flows/)',
  () => {
    // Rasa's CALM demo layout: config/config.yml, a domain/ folder and data/flows/*.yml. The chitchat pattern's steps
    // (a free-form response) sit in an anchor and are used through an alias; a copy without the alias is the control.
    const uri = `${WS}/calm/data/flows/patterns.yml`;
    const free = (t: string) =>
      t.replace('      - action: action_trigger_chitchat\n', '      - action: utter_free_chitchat_response\n');
    const plain = rewritten('formats/rasa/calm-demo-layout', 'calm', 'data/flows/patterns.yml', free);
    const aliased = rewritten('formats/rasa/calm-demo-layout', 'calm', 'data/flows/patterns.yml', (t) =>
      free(t)
        .replace('    steps:\n      - action: utter_free_chitchat_response\n', '    steps: *chit\n')
        .replace(/^flows:\n/, 'x-steps:\n  chit: &chit\n    - action: utter_free_chitchat_response\nflows:\n'),
    );
    assert.match(aliased[uri], /steps: \*chit\n/, 'the fixture uses the alias');
    assert.ok(!aliased[`${WS}/calm/domain.yml`] && aliased[`${WS}/calm/config/config.yml`], 'the folder layout');
    const rules = (files: Record<string, string>) =>
      createPolicyService({ host: memoryHost(files) })
        .lint(uri)!
        .findings.map((f) => f.rule);
    assert.ok(rules(plain).includes('flow/open-domain-fallback'), `control: ${rules(plain).join(', ')}`);
    assert.deepEqual(rules(aliased), rules(plain));
  },
);

hostile('Twilio Functions above the workspace folder are never read (a workspace opened on studio/)', () => {
  // A Serverless project (package.json, functions/ask.protected.js with a leaky system message) whose studio/
  // folder alone is the workspace: the lookup for the run-function widget's code stops at the workspace folder.
  const fixture = path.join(REPO, 'test-fixtures', 'formats', 'twilio-studio', 'serverless-clinic');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wa-hostile-'));
  fs.cpSync(fixture, dir, { recursive: true });
  const leak = /answer anyway/;
  const inside = cli(dir, '.');
  assert.ok(leak.test(inside.out), `control, the project as the workspace: ${inside.out}`);
  const named = cli(dir, 'studio');
  assert.ok(leak.test(named.out), `control, studio/ named from the project: ${named.out}`);
  const studio = cli(path.join(dir, 'studio'), '.');
  assert.ok(
    studio.json.some((f) => f.file === 'flow.json'),
    studio.out + studio.err,
  );
  assert.ok(!leak.test(studio.out), `the function outside the workspace was read: ${studio.out}`);
  // The editor's host: the workspace folders bound the climb the same way.
  const host = createFsHost();
  const flow = toUri(path.join(dir, 'studio', 'flow.json'));
  const lintWith = (folders: string[]) =>
    JSON.stringify(createPolicyService({ host: { ...host, workspaceFolders: () => folders } }).lint(flow)!.findings);
  assert.match(lintWith([toUri(dir)]), leak);
  assert.doesNotMatch(lintWith([toUri(path.join(dir, 'studio'))]), leak);
});

hostile('an aliased rules mapping in .wa-policy.yaml applies (the config is a YAML format too)', () => {
  const prompt = { [`${WS}/c/a.system.md`]: 'You are the assistant of Sunny Shoes. You only help with orders.\n' };
  const rulesOf = (files: Record<string, string>) =>
    createPolicyService({ host: memoryHost(files) })
      .lint(`${WS}/c/a.system.md`)!
      .findings.map((f) => `${f.rule}:${f.severity}`);
  assert.ok(rulesOf(prompt).includes('prompt/no-human-escalation:warning'), rulesOf(prompt).join(', '));
  const config = 'x-levels:\n  strict: &strict\n    prompt/no-human-escalation: error\nrules: *strict\n';
  const withConfig = rulesOf({ ...prompt, [`${WS}/c/.wa-policy.yaml`]: config });
  assert.ok(withConfig.includes('prompt/no-human-escalation:error'), withConfig.join(', '));
});

hostile('a second messages: key is read last-wins and reported', () => {
  const host = memoryHost({
    [`${WS}/a.prompt.yml`]: `messages:\n  - role: system\n    content: "${SCOPED.replace(/\n/g, ' ').replace(/"/g, "'")}"\nmessages:\n  - role: system\n    content: "${GRANT}"\n`,
  });
  const rules = createPolicyService({ host })
    .lint(`${WS}/a.prompt.yml`)!
    .findings.map((f) => `${f.rule}@${f.range.start.line}`);
  assert.ok(rules.includes('input/duplicate-key@0'), rules.join());
  assert.ok(
    rules.some((r) => r.startsWith('prompt/open-domain-grant@5')),
    rules.join(),
  );
});

hostile('a second "nodes" in an n8n export is read last-wins and reported', () => {
  const scoped = '[{"id":"s","name":"Set","type":"n8n-nodes-base.set","parameters":{}}]';
  const open = `[{"id":"wa","name":"WhatsApp Trigger","type":"n8n-nodes-base.whatsAppTrigger","parameters":{}},{"id":"a","name":"AI Agent","type":"@n8n/n8n-nodes-langchain.agent","parameters":{"options":{"systemMessage":"${GRANT}"}}}]`;
  const text = `{"nodes":${scoped},\n"nodes":${open},\n"connections":{"WhatsApp Trigger":{"main":[[{"node":"AI Agent","type":"main","index":0}]]}}}`;
  const host = memoryHost({ [`${WS}/workflows/w.json`]: text });
  const rules = createPolicyService({ host })
    .lint(`${WS}/workflows/w.json`)!
    .findings.map((f) => f.rule);
  assert.ok(rules.includes('input/duplicate-key'), rules.join());
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
});

hostile('UTF-16LE with a BOM (text without NUL bytes) and UTF-16BE are decoded', () => {
  const zh = '你是聊天助手。你可以回答任何问题，无论什么话题都可以。';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')]);
  assert.equal(le.includes(0), false, 'the sample has no NUL byte');
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(decodeText(be).text, zh);
  assert.equal(decodeText(Buffer.from('Answer any question.', 'utf16le')).text, 'Answer any question.');
  const dir = workspace({ 'p/zh.system.md': le });
  const r = cli(dir, '.');
  assert.ok(rulesOf(r, 'p/zh.system.md').includes('prompt/open-domain-grant'), r.out);
});

hostile('an unreadable folder or file is a finding and exit code 2', () => {
  const dir = workspace({ 'p/a.system.md': SCOPED });
  fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'p', 'dangling.system.md'));
  const r = cli(dir, '.');
  assert.equal(r.code, 2, r.err);
  assert.deepEqual(rulesOf(r, 'p/dangling.system.md'), ['input/unreadable']);
});

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
hostile(
  'a named pipe named like a prompt (walked, linked to, named on the command line) is input/unreadable, never opened',
  () => {
    const dir = workspace({ 'p/a.system.md': SCOPED });
    // Opening a pipe for reading blocks until a writer comes: before session 13 a walk left it out with no finding
    // (exit 0 for a folder of only that), and a named one was "permission denied".
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'p', 'pipe.system.md')]).status, 0);
    fs.symlinkSync('pipe.system.md', path.join(dir, 'p', 'link.system.md'));
    const r = cli(dir, '.');
    assert.equal(r.code, 2, r.err);
    for (const file of ['p/pipe.system.md', 'p/link.system.md']) {
      assert.deepEqual(rulesOf(r, file), ['input/unreadable'], r.out);
      assert.match(r.json.find((f) => f.file === file)!.findings[0].message, /named pipe/);
    }
    assert.deepEqual(rulesOf(r, 'p/a.system.md'), [], r.out);
    const named = cli(dir, 'p/pipe.system.md');
    assert.equal(named.code, 2, named.err);
    assert.deepEqual(rulesOf(named, 'p/pipe.system.md'), ['input/unreadable'], named.out);
    assert.match(named.json[0].findings[0].message, /named pipe/);
  },
  hasMkfifo ? {} : { skip: 'needs mkfifo' },
);

hostile(
  "a socket in the walked folder (a dev server's endpoint) is left out: no finding, the exit code of the rest",
  async () => {
    const dir = workspace({ 'p/a.system.md': SCOPED });
    const server = net.createServer();
    await new Promise<void>((done) => server.listen(path.join(dir, 'p', 'dev.system.md'), done));
    try {
      const r = cli(dir, '.');
      assert.equal(r.code, 0, `${r.err}\n${r.out}`);
      assert.deepEqual(rulesOf(r, 'p/dev.system.md'), []);
    } finally {
      server.close();
    }
  },
);

hostile('a loop of symbolic links is input/unreadable that names the loop, exit code 2', () => {
  const dir = workspace({ 'p/a.system.md': SCOPED });
  fs.symlinkSync('y.system.md', path.join(dir, 'p', 'x.system.md'));
  fs.symlinkSync('x.system.md', path.join(dir, 'p', 'y.system.md'));
  // A folder link back up (a loop for a walk that follows links) is not followed.
  fs.symlinkSync('..', path.join(dir, 'p', 'up'));
  const r = cli(dir, '.');
  assert.equal(r.code, 2, r.err);
  for (const file of ['p/x.system.md', 'p/y.system.md']) {
    assert.deepEqual(rulesOf(r, file), ['input/unreadable'], r.out);
    assert.match(r.json.find((f) => f.file === file)!.findings[0].message, /loop/);
  }
  assert.equal(r.json.filter((f) => f.file.endsWith('a.system.md')).length, 1, 'the folder link is not followed');
});

hostile('NUL bytes in a prompt are input/unreadable; invalid UTF-8 is read with U+FFFD and still checked', () => {
  const dir = workspace({
    'p/nul.system.md': Buffer.from(`You are the assistant of Sunny Shoes.\0 ${GRANT}\n`),
    'p/bad.system.md': Buffer.concat([
      Buffer.from('You are the assistant of Sunny Shoes '),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe9]),
      Buffer.from(`.\n${GRANT}\n`),
    ]),
  });
  const r = cli(dir, '.');
  assert.deepEqual(rulesOf(r, 'p/nul.system.md'), ['input/unreadable'], r.out);
  const bad = r.json.find((f) => f.file === 'p/bad.system.md')?.findings ?? [];
  assert.ok(
    bad.some((f) => f.rule === 'prompt/open-domain-grant' && f.line === 2),
    `the grant after the invalid bytes, on its line: ${r.out}`,
  );
});

hostile(
  '`include` and `exclude` globs that climb out of the config folder are reported, nothing outside is read',
  () => {
    const outside = workspace({ 'secret.system.md': `${GRANT} root:x:0:0` });
    const dir = workspace({
      '.wa-policy.yaml': `include: ["../**/*.md", "${outside}/*.md", "bots/**/*.md"]\nexclude: ["../**"]\n`,
      'p/a.system.md': SCOPED,
    });
    const r = cli(dir, '.');
    const cfg = r.json.find((f) => f.file === '.wa-policy.yaml')?.findings ?? [];
    assert.deepEqual(
      cfg.map((f) => [f.rule, f.line]),
      [
        ['config/invalid', 1],
        ['config/invalid', 1],
        ['config/invalid', 2],
      ],
      r.out,
    );
    assert.ok(!r.out.includes('root:x'), 'nothing outside is read');
    assert.equal(r.json.filter((f) => f.file !== '.wa-policy.yaml').length, 1, r.out);
  },
);

const nobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
hostile(
  'a folder without read permission is a finding and exit code 2 (run as an unprivileged user)',
  () => {
    const dir = workspace({ 'p/a.system.md': SCOPED, 'locked/b.system.md': GRANT });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    // The bundled CLI is self-contained: a copy inside the folder is reachable by the unprivileged user wherever the repository is.
    fs.copyFileSync(path.join(REPO, 'dist', 'cli.js'), path.join(dir, 'cli.js'));
    const r = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'cli.js', '--format', 'json', '.'],
      { cwd: dir, encoding: 'utf8' },
    );
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    assert.equal(r.status, 2, r.stderr);
    assert.ok(
      JSON.parse(r.stdout).some(
        (f: { file: string; findings: { rule: string }[] }) =>
          f.file === 'locked' && f.findings[0].rule === 'input/unreadable',
      ),
      r.stdout,
    );
  },
  nobody ? {} : { skip: 'needs root and setpriv to drop privileges' },
);

hostile('lone CR line endings: findings on the right line and the quick fix replaces that line', () => {
  const lines = [
    'You are the assistant of Sunny Shoes.',
    'You help with orders and returns.',
    GRANT,
    'To reach a person, write HUMAN or call +44 113 496 0725.',
  ];
  const text = lines.join('\r') + '\r';
  const host = memoryHost({ [`${WS}/p/a.system.md`]: text });
  const f = createPolicyService({ host })
    .lint(`${WS}/p/a.system.md`)!
    .findings.find((x) => x.rule === 'prompt/open-domain-grant');
  assert.ok(f);
  assert.equal(f.range.start.line, 2);
  const fix = f.fixes.find((x) => /replace/i.test(x.title)) ?? f.fixes[0];
  assert.ok(fix, 'a fix');
  const after = applyEdits(
    text,
    fix.edits.filter((e) => e.uri === `${WS}/p/a.system.md`),
  );
  const out = after.split('\r');
  assert.equal(out[0], lines[0]);
  assert.equal(out[1], lines[1]);
  assert.notEqual(out[2], lines[2]);
});

hostile('a 100 MB YAML file is never parsed whole (input/limits, bounded memory)', () => {
  const dir = workspace({});
  const file = path.join(dir, 'domain.yml');
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.from('responses:\n' + '  utter_x:\n    - text: "hello there"\n'.repeat(1 << 16));
  for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  fs.writeFileSync(path.join(dir, 'config.yml'), 'recipe: default.v1\npipeline: []\npolicies:\n  - name: FlowPolicy\n');
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const service = createPolicyService({ host: createFsHost() });
  const r = service.lint(toUri(file));
  const ms = performance.now() - t0;
  const grew = (process.memoryUsage().rss - before) / 1048576;
  fs.rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(
    r?.findings.map((f) => f.rule),
    ['input/limits'],
  );
  assert.ok(grew < 400, `RSS grew ${grew.toFixed(0)} MB`);
  assert.ok(ms < 15_000, `${ms.toFixed(0)} ms`);
});

hostile('links to ../../../../etc/passwd are refused with config/invalid and never read', () => {
  const flow = fs.readFileSync(path.join(REPO, 'test-fixtures', 'flow', 'hidden-llm', 'studio-flow.json'), 'utf8');
  const dir = workspace({
    'studio-flow.json': flow,
    '.wa-policy.yaml':
      'links:\n  - flow: studio-flow.json\n    prompt: "../../../../../../etc/passwd"\n    node: ask_gpt\n',
  });
  const r = cli(dir, '.');
  const cfg = r.json.find((f) => f.file === '.wa-policy.yaml')!;
  assert.ok(
    cfg.findings.some((f) => f.rule === 'config/invalid' && /outside/.test(f.message)),
    r.out,
  );
  assert.ok(!r.out.includes('root:'), 'no /etc/passwd text in the report');
});

hostile('a symlinked prompt pointing outside the workspace is refused (walk and links)', () => {
  const flow = fs.readFileSync(path.join(REPO, 'test-fixtures', 'flow', 'hidden-llm', 'studio-flow.json'), 'utf8');
  const outside = workspace({ 'secret.system.md': `${GRANT} root:x:0:0` });
  const dir = workspace({
    'studio-flow.json': flow,
    '.wa-policy.yaml': 'links:\n  - flow: studio-flow.json\n    prompt: gpt.system.md\n    node: ask_gpt\n',
  });
  fs.symlinkSync(path.join(outside, 'secret.system.md'), path.join(dir, 'gpt.system.md'));
  // With --cache too: its recording host dropped the real-path check before session 10 (the text was quoted).
  for (const args of [['.'], ['--cache', '.']]) {
    const r = cli(dir, ...args);
    assert.equal(r.code, 2);
    assert.deepEqual(rulesOf(r, 'gpt.system.md'), ['input/unreadable']);
    assert.ok(rulesOf(r, '.wa-policy.yaml').includes('config/invalid'), `${args.join(' ')}: ${r.out}`);
    assert.ok(!r.out.includes('root:x'), `${args.join(' ')}: the linked text is never quoted`);
  }
});

hostile('one unknown top-level key is reported alone and the rest of the config applies', () => {
  const dir = workspace({
    '.wa-policy.yaml': 'colour: blue\nrules:\n  prompt/no-human-escalation: off\n',
    'p/a.system.md': 'You are the assistant of Sunny Shoes. You only help with orders.\n',
  });
  const r = cli(dir, '.');
  assert.deepEqual(rulesOf(r, '.wa-policy.yaml'), ['config/invalid']);
  assert.ok(!rulesOf(r, 'p/a.system.md').includes('prompt/no-human-escalation'), r.out);
});

hostile('an invalid provider name is reported once and valid rules still apply', () => {
  const dir = workspace({
    '.wa-policy.yaml': 'provider:\n  name: skynet\nrules:\n  prompt/no-human-escalation: off\n',
    'p/a.system.md': 'You are the assistant of Sunny Shoes. You only help with orders.\n',
  });
  const r = cli(dir, '.');
  assert.equal(rulesOf(r, '.wa-policy.yaml').length, 1, r.out);
  assert.ok(!rulesOf(r, 'p/a.system.md').includes('prompt/no-human-escalation'), r.out);
});

hostile('an exception while reading one file is internal/error for that file only', () => {
  const host = memoryHost({ [`${WS}/p/a.system.md`]: GRANT, [`${WS}/p/b.system.md`]: GRANT });
  const read = host.readFile;
  host.readFile = (uri) =>
    uri.endsWith('b.system.md') && uri !== 'ok'
      ? (() => {
          throw new Error('disk on fire');
        })()
      : read(uri);
  const service = createPolicyService({ host });
  assert.ok(service.lint(`${WS}/p/a.system.md`)!.findings.some((f) => f.rule === 'prompt/open-domain-grant'));
  assert.deepEqual(
    service.lint(`${WS}/p/b.system.md`)!.findings.map((f) => f.rule),
    ['internal/error'],
  );
});

hostile('limits in .wa-policy.yaml are applied and named in the finding', () => {
  const host = memoryHost({
    [`${WS}/.wa-policy.yaml`]: 'limits:\n  maxFileBytes: 100\n',
    [`${WS}/p/a.system.md`]: `${SCOPED}${SCOPED}`,
  });
  const f = createPolicyService({ host }).lint(`${WS}/p/a.system.md`)!.findings;
  assert.deepEqual(
    f.map((x) => x.rule),
    ['input/limits'],
  );
  assert.match(f[0].message, /limits\.maxFileBytes/);
});

hostile('every format reads CRLF and lone CR line endings as LF: the same findings on the same lines', () => {
  // Every file of each fixture (a project's findings can be in another file than the one mutated elsewhere).
  const located = (files: Record<string, string>) => {
    const service = createPolicyService({ host: memoryHost(files) });
    return Object.keys(files).flatMap((uri) =>
      (service.lint(uri)?.findings ?? []).map(
        (f) => `${f.uri.slice(WS.length)} ${f.rule}@${f.range.start.line}:${f.range.start.character}`,
      ),
    );
  };
  for (const format of FORMATS) {
    const lf = Object.fromEntries(Object.entries(format.files).map(([u, t]) => [u, t.replace(/\r\n?/g, '\n')]));
    const expected = located(lf);
    assert.ok(expected.length, `${format.label ?? format.name} has findings`);
    for (const eol of ['\r\n', '\r']) {
      const files = Object.fromEntries(Object.entries(lf).map(([u, t]) => [u, t.replace(/\n/g, eol)]));
      assert.deepEqual(located(files), expected, `${format.label ?? format.name} with ${JSON.stringify(eol)}`);
    }
  }
});

const MANY_GRANTS = `You are the assistant of Sunny Shoes.\n${`${GRANT}\n`.repeat(1500)}`;

hostile('findings per file are capped (editor default, or limits.maxFindingsPerFile): errors first, one note', () => {
  const uri = `${WS}/p/a.system.md`;
  const all = createPolicyService({ host: memoryHost({ [uri]: MANY_GRANTS }) }).lint(uri)!.findings;
  assert.ok(all.length > 1500 && all.some((f) => f.severity !== 'error'), 'no cap without one: every finding');
  const capped = createPolicyService({ host: memoryHost({ [uri]: MANY_GRANTS }), maxFindingsPerFile: 3 }).lint(uri)!;
  const [note, ...kept] = capped.findings;
  assert.equal(kept.length, 3);
  assert.ok(
    kept.every((f) => f.severity === 'error'),
    'errors are kept before warnings and infos',
  );
  assert.equal(note.rule, 'input/limits');
  assert.equal(note.severity, 'info');
  assert.match(note.message, new RegExp(`^${all.length - 3} more findings.*limits\\.maxFindingsPerFile`));
  // The config's limit wins over the editor's default; input/limits turned off drops the note, not the cap.
  const config = `${WS}/p/.wa-policy.yaml`;
  const withConfig = (yaml: string) =>
    createPolicyService({ host: memoryHost({ [uri]: MANY_GRANTS, [config]: yaml }), maxFindingsPerFile: 3 }).lint(uri)!
      .findings;
  assert.equal(withConfig('limits:\n  maxFindingsPerFile: 10\n').length, 11);
  assert.equal(withConfig('limits:\n  maxFindingsPerFile: 1000000\n').length, all.length);
  const quiet = withConfig('limits:\n  maxFindingsPerFile: 10\nrules:\n  input/limits: off\n');
  assert.equal(quiet.length, 10);
  assert.ok(!quiet.some((f) => f.rule === 'input/limits'));
});

hostile('the CLI prints every finding unless limits.maxFindingsPerFile is set (then the note, exit code kept)', () => {
  const dir = workspace({ 'p/a.system.md': MANY_GRANTS });
  const all = cli(dir, '.');
  assert.equal(all.code, 1);
  assert.ok(rulesOf(all, 'p/a.system.md').length > 1500, 'every finding printed');
  fs.writeFileSync(path.join(dir, '.wa-policy.yaml'), 'limits:\n  maxFindingsPerFile: 20\n');
  const capped = cli(dir, '.');
  assert.equal(capped.code, 1, capped.err);
  const rules = rulesOf(capped, 'p/a.system.md');
  assert.equal(rules.length, 21, rules.join());
  assert.equal(rules.filter((r) => r === 'input/limits').length, 1);
});

test('hostile: table row', () => tally.record());
