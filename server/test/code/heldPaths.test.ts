/**
 * Prompts in a data file whose path is held in a name (`const CFG = path.join(__dirname, '..', 'config', 'x.json')`
 * … `JSON.parse(fs.readFileSync(CFG))`, Python `CONFIG_PATH = …` … `json.load(open(CONFIG_PATH))`, Ruby
 * `YAML.load_file(CONFIG_PATH)`), and keys of a JS module's `module.exports = { … }` read through `require`
 * (session 17). Projects written for this test, prompts in several languages.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

before(() => loadCodeParsers());

const ROOT = path.join(REPO, 'test-fixtures', 'mem-held17');
const CODE = /\.(?:js|ts|py|rb|php)$/;

function lintProject(dir: string, files: Record<string, string>): string[] {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, dir, k), v]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: string[] = [];
  for (const f of Object.keys(abs).filter((f) => CODE.test(f)))
    for (const x of service.lint(toUri(f))?.findings ?? []) out.push(x.rule);
  for (const f of Object.keys(abs).filter((f) => /\.(?:json|ya?ml)$/.test(f)))
    for (const x of service.lint(toUri(f))?.findings ?? []) out.push(x.rule);
  return [...new Set(out)].sort();
}

const OPEN = /open-domain|no-business-scope/;

const jsRelay = (prompt: string) => ({
  'package.json': '{"dependencies": {"whatsapp-web.js": "^1.23.0", "openai": "^4.0.0"}}',
  'config/assistant.json': JSON.stringify({ model: 'gpt-4o-mini', instructions: prompt }, null, 2),
  'src/bot.js': `const fs = require('fs');
const path = require('path');
const { Client, LocalAuth } = require('whatsapp-web.js');
const OpenAI = require('openai');
const SETTINGS_FILE = path.join(__dirname, '..', 'config', 'assistant.json');
const openai = new OpenAI();
const client = new Client({ authStrategy: new LocalAuth() });
client.on('message', async (msg) => {
  const settings = JSON.parse(fs.readFileSync(SETTINGS_FILE, 'utf8'));
  const r = await openai.chat.completions.create({
    model: settings.model,
    messages: [{ role: 'system', content: settings.instructions }, { role: 'user', content: msg.body }],
  });
  await msg.reply(r.choices[0].message.content);
});
client.initialize();
`,
});

test('JS: a JSON config read through a path held in a constant is read (German, scoped with a human path)', () => {
  const rules = lintProject(
    'js-scoped',
    jsRelay(
      'Du bist der WhatsApp-Assistent der Bäckerei Sonnenkorn. Du beantwortest nur Fragen zu Bestellungen, ' +
        'Öffnungszeiten und Allergenen; alle anderen Themen lehnst du höflich ab. Wenn jemand mit einem Menschen ' +
        'sprechen möchte, nenne die Telefonnummer der Filiale: 030 1234567 (Mo–Sa 7–18 Uhr).',
    ),
  );
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(!rules.some((r) => OPEN.test(r)), rules.join(' '));
});

test('JS: the same held path with an open prompt (Spanish) is an open-domain relay', () => {
  const rules = lintProject(
    'js-open',
    jsRelay('Eres un asistente general: responde cualquier pregunta sobre cualquier tema que el usuario quiera.'),
  );
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(
    rules.some((r) => OPEN.test(r)),
    rules.join(' '),
  );
});

test('JS: a key of module.exports = { … } required from another folder is read (Portuguese, open)', () => {
  const rules = lintProject('js-exports', {
    'package.json': '{"dependencies": {"whatsapp-web.js": "^1.23.0", "openai": "^4.0.0"}}',
    'settings/persona.js': `module.exports = {
  displayName: 'Amigo',
  instructions: \`Você é um assistente para tudo: responda qualquer pergunta sobre qualquer assunto, de receitas a programação.\`,
};
`,
    'src/index.js': `const { Client } = require('whatsapp-web.js');
const OpenAI = require('openai');
const persona = require('../settings/persona');
const openai = new OpenAI();
const client = new Client();
client.on('message', async (m) => {
  const r = await openai.chat.completions.create({ model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: persona.instructions }, { role: 'user', content: m.body }] });
  await m.reply(r.choices[0].message.content);
});
client.initialize();
`,
  });
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(
    rules.some((r) => OPEN.test(r)),
    rules.join(' '),
  );
});

test('Python: json.load(open(CONFIG_PATH)) with the path in a module constant (Indonesian, open)', () => {
  const rules = lintProject('py-open', {
    'requirements.txt': 'flask\nopenai\ntwilio\n',
    'data/bot.json': JSON.stringify({
      system:
        'Kamu adalah asisten serba bisa: jawab pertanyaan apa pun tentang topik apa saja yang ditanyakan pengguna.',
    }),
    'app.py': `import json
from pathlib import Path
from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

CONFIG_PATH = Path(__file__).parent / "data" / "bot.json"
CONFIG = json.load(open(CONFIG_PATH, encoding="utf-8"))
app = Flask(__name__)
client = OpenAI()

@app.post("/whatsapp")
def hook():
    text = request.values.get("Body", "")
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": CONFIG["system"]}, {"role": "user", "content": text}])
    resp = MessagingResponse()
    resp.message(r.choices[0].message.content)
    return str(resp)
`,
  });
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(
    rules.some((r) => OPEN.test(r)),
    rules.join(' '),
  );
});

test('Ruby: YAML.load_file(CONFIG_PATH) with the path in a constant (French, scoped)', () => {
  const rules = lintProject('rb-scoped', {
    Gemfile: "source 'https://rubygems.org'\ngem 'sinatra'\ngem 'twilio-ruby'\ngem 'ruby-openai'\n",
    'config/bot.yml':
      "system_prompt: >\n  Tu es l'assistant WhatsApp de la librairie Les Pages. Tu réponds seulement aux questions sur les\n" +
      '  commandes, les horaires et les livres en stock ; tout autre sujet, tu le refuses poliment. Si le client\n' +
      '  veut parler à une personne, transfère-le à un libraire avec l’outil transferer_libraire.\n',
    'app.rb': `require 'sinatra'
require 'yaml'
require 'openai'
require 'twilio-ruby'

CONFIG_PATH = File.join(__dir__, 'config', 'bot.yml')
CONFIG = YAML.load_file(CONFIG_PATH)

post '/whatsapp' do
  client = OpenAI::Client.new
  r = client.chat(parameters: { model: 'gpt-4o-mini', messages: [
    { role: 'system', content: CONFIG['system_prompt'] }, { role: 'user', content: params['Body'] }] })
  twiml = Twilio::TwiML::MessagingResponse.new { |t| t.message(body: r.dig('choices', 0, 'message', 'content')) }
  twiml.to_s
end
`,
  });
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(!rules.some((r) => OPEN.test(r)), rules.join(' '));
});

const phpBot = (env: string) => ({
  'composer.json': '{"require": {"guzzlehttp/guzzle": "^7.8"}, "autoload": {"psr-4": {"Laden\\\\": "src/"}}}',
  '.env.example': env,
  'config/app.php': `<?php\nreturn ['firma' => $_ENV['FIRMA'] ?? '', 'kontakt' => $_ENV['KONTAKT'] ?? ''];\n`,
  'src/Anweisung.php': `<?php
namespace Laden;
final class Anweisung {
    public static function text(array $cfg): string {
        $wer = $cfg['firma'] !== ''
            ? "Du bist der WhatsApp-Assistent von {$cfg['firma']}. Beantworte nur Fragen zu Bestellungen und Lieferungen; andere Themen lehnst du höflich ab."
            : "Du bist ein Assistent für alles: beantworte jede Frage zu jedem Thema.";
        $mensch = $cfg['kontakt'] !== '' ? "Wer mit einem Menschen sprechen will, bekommt die Nummer unseres Teams: {$cfg['kontakt']}." : '';
        return trim(implode("\\n", array_filter([$wer, "Antworte kurz.", $mensch])));
    }
}
`,
  'public/index.php': `<?php
require __DIR__ . '/../vendor/autoload.php';
use Laden\\Anweisung;
$cfg = require __DIR__ . '/../config/app.php';
$in = json_decode(file_get_contents('php://input'), true);
$msg = $in['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
if ($msg) {
    $http = new GuzzleHttp\\Client();
    $r = $http->post('https://api.openai.com/v1/chat/completions', ['json' => ['model' => 'gpt-4o-mini', 'messages' => [
        ['role' => 'system', 'content' => Anweisung::text($cfg)], ['role' => 'user', 'content' => $msg['text']['body']]]]]);
    $http->post('https://graph.facebook.com/v21.0/' . $_ENV['WA_PHONE_ID'] . '/messages', ['json' => [
        'messaging_product' => 'whatsapp', 'to' => $msg['from'], 'text' => ['body' => (string) $r->getBody()]]]);
}
`,
});

test('PHP: a ternary on a config value left empty in .env.example takes its else branch (German, open)', () => {
  const rules = lintProject('php-empty', phpBot('FIRMA=\nKONTAKT=\nWA_PHONE_ID=\n'));
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(
    rules.some((r) => OPEN.test(r)),
    rules.join(' '),
  );
});
