/**
 * Prompts joined from a list whose items are put through a template (`topics.map((t) => \`- ${t}\`)`,
 * `f"- {t}" for t in topics`), a list chosen between a run-time value and the shipped default
 * (`topics.length ? topics : DEFAULT_TOPICS`), and model calls made on an HTTP client whose base URL names the model
 * host (`post('chat/completions')`, `post("/v1/messages")`). Projects written for this test (session 20).
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

before(() => loadCodeParsers());

const ROOT = path.join(REPO, 'test-fixtures', 'mem-lists20');

function lintProject(dir: string, files: Record<string, string>): string[] {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, dir, k), v]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: string[] = [];
  for (const f of Object.keys(abs).filter((f) => /\.(?:js|ts|py|php)$/.test(f)))
    for (const x of service.lint(toUri(f))?.findings ?? []) out.push(x.rule);
  return [...new Set(out)].sort();
}

const OPEN = ['flow/open-domain-llm', 'prompt/open-domain-grant', 'prompt/no-business-scope'];
const open = (rules: string[]) => rules.some((r) => OPEN.includes(r));

/** A whatsapp-web.js bot whose topic list comes from the environment, else from the shipped default. */
const jsTopics = (defaults: string) => ({
  'package.json': '{"dependencies": {"whatsapp-web.js": "^1.26.0", "openai": "^4.0.0"}}',
  '.env.example': 'OPENAI_API_KEY=\nTEMAS=\n',
  'src/prompt.js': `const BASE = "Eres Lía, la asistente de WhatsApp de Papelería Azul en Guadalajara.";
const TEMAS_BASE = ${defaults};

function armarPrompt() {
  const temas = (process.env.TEMAS || "").split(",").map((t) => t.trim()).filter(Boolean);
  const lista = temas.length ? temas : TEMAS_BASE;
  return [BASE, "Temas en los que ayudas:", lista.map((t) => \`• \${t}\`).join("\\n"),
    "Si piden hablar con una persona, da el teléfono de la tienda: 33 3615 0000."].join("\\n\\n");
}
module.exports = { armarPrompt };
`,
  'src/index.js': `const { Client, LocalAuth } = require("whatsapp-web.js");
const OpenAI = require("openai");
const { armarPrompt } = require("./prompt");
const openai = new OpenAI();
const client = new Client({ authStrategy: new LocalAuth() });
client.on("message", async (msg) => {
  const r = await openai.chat.completions.create({ model: "gpt-4o-mini",
    messages: [{ role: "system", content: armarPrompt() }, { role: "user", content: msg.body }] });
  await msg.reply(r.choices[0].message.content);
});
client.initialize();
`,
});

test('a default topic list that allows anything, put through a template and joined, is read as open', () => {
  const rules = lintProject('js-open', jsTopics('["cualquier tema que pregunte el cliente, sin límites"]'));
  assert.ok(open(rules), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('the same builder with a default list of the shop’s own topics is scoped', () => {
  const rules = lintProject(
    'js-scoped',
    jsTopics(
      '["pedidos de útiles escolares y de oficina", "horarios y sucursales", "facturas de compras en la tienda"]',
    ),
  );
  assert.ok(!open(rules), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('a Python generator that formats each topic is joined into the prompt', () => {
  const rules = lintProject('py-generator', {
    'requirements.txt': 'flask\ntwilio\nopenai\n',
    'app.py': `from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

TOPIK = ["pertanyaan apa saja dari pengguna, tanpa batasan topik", "PR sekolah, resep, kode program"]
PROMPT = "Kamu adalah asisten WhatsApp.\\nKamu membantu dengan:\\n" + "\\n".join(f"- {t}" for t in TOPIK)

app = Flask(__name__)
llm = OpenAI()

@app.post("/whatsapp")
def masuk():
    teks = request.values.get("Body", "")
    r = llm.chat.completions.create(model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": teks}])
    resp = MessagingResponse()
    resp.message(r.choices[0].message.content)
    return str(resp)
`,
  });
  assert.ok(open(rules), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('a call to a relative model path on a Guzzle client whose base URL is a model host is a model call', () => {
  const rules = lintProject('php-base-uri', {
    'composer.json': '{"require": {"guzzlehttp/guzzle": "^7.8"}}',
    'src/Modelo.php': `<?php
namespace Loja;
use GuzzleHttp\\Client;
final class Modelo {
    private Client $http;
    public function __construct() {
        $this->http = new Client(['base_uri' => 'https://api.groq.com/openai/v1/', 'headers' => ['Authorization' => 'Bearer ' . $_ENV['GROQ_KEY']]]);
    }
    public function responder(string $sistema, string $texto): string {
        $r = $this->http->post('chat/completions', ['json' => ['model' => 'llama-3.1-8b-instant',
            'messages' => [['role' => 'system', 'content' => $sistema], ['role' => 'user', 'content' => $texto]]]]);
        return json_decode((string) $r->getBody(), true)['choices'][0]['message']['content'];
    }
}
`,
    'public/webhook.php': `<?php
use Loja\\Modelo;
$e = json_decode(file_get_contents('php://input'), true);
$m = $e['entry'][0]['changes'][0]['value']['messages'][0] ?? null;
if (!$m) exit;
$sistema = "Você é um assistente para tudo: responda qualquer pergunta sobre qualquer assunto, sem limites.";
$resposta = (new Modelo())->responder($sistema, $m['text']['body']);
$ch = curl_init('https://graph.facebook.com/v21.0/' . $_ENV['PHONE_ID'] . '/messages');
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['messaging_product' => 'whatsapp', 'to' => $m['from'], 'text' => ['body' => $resposta]]));
curl_exec($ch);
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
});

test('an httpx client with an Anthropic base URL posting to /v1/messages is a model call', () => {
  const rules = lintProject('py-httpx-base', {
    'requirements.txt': 'fastapi\nhttpx\n',
    'bot.py': `import httpx
from fastapi import FastAPI, Request

claude = httpx.Client(base_url="https://api.anthropic.com", headers={"anthropic-version": "2023-06-01"})
SYSTEM = "Ты универсальный помощник: отвечай на любые вопросы на любые темы, без ограничений."
app = FastAPI()

@app.post("/webhook")
async def hook(req: Request):
    data = await req.json()
    msg = data["entry"][0]["changes"][0]["value"]["messages"][0]
    r = claude.post("/v1/messages", json={"model": "claude-3-5-haiku-latest", "max_tokens": 500,
        "system": SYSTEM, "messages": [{"role": "user", "content": msg["text"]["body"]}]})
    httpx.post(f"https://graph.facebook.com/v21.0/{PHONE_ID}/messages",
        json={"messaging_product": "whatsapp", "to": msg["from"], "text": {"body": r.json()["content"][0]["text"]}})
    return "ok"
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
});

test('a relative messages path with no model host in the project is no model call', () => {
  const rules = lintProject('py-no-host', {
    'requirements.txt': 'fastapi\nhttpx\n',
    'bot.py': `import httpx
from fastapi import FastAPI, Request

crm = httpx.Client(base_url="https://crm.example.com/api")
app = FastAPI()

@app.post("/webhook")
async def hook(req: Request):
    data = await req.json()
    msg = data["entry"][0]["changes"][0]["value"]["messages"][0]
    crm.post("/v1/messages", json={"system": "whatsapp", "body": msg["text"]["body"]})
    return "ok"
`,
  });
  assert.deepEqual(rules, []);
});
