/**
 * Prompts whose text depends on values the project ships (session 19): a `?:` whose test the shipped values decide
 * (a switch written `false`, a business name left empty in the YAML), a function parameter given at the project's
 * call sites (TypeScript, Python keyword arguments and `__init__`), a value read at run time and given a default
 * under an emptiness test (Go, Python), a TOML config read with `tomllib`, and a Laravel path helper behind
 * `config()`. Projects written for this test, in the platforms' real layouts.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

before(() => loadCodeParsers());

const ROOT = path.join(REPO, 'test-fixtures', 'mem-shipped19');

function lintProject(dir: string, files: Record<string, string>): string[] {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, dir, k), v]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: string[] = [];
  for (const f of Object.keys(abs).filter((f) => /\.(?:ts|py|go|php)$/.test(f)))
    for (const x of service.lint(toUri(f))?.findings ?? []) out.push(x.rule);
  return [...new Set(out)].sort();
}

const transferSection = (enabled: string) => ({
  'package.json': '{"dependencies": {"whatsapp-web.js": "^1.26.0", "openai": "^4.0.0"}}',
  'src/settings.ts': `export const settings = {
  model: process.env.MODEL ?? 'gpt-4o-mini',
  transfer: {
    // the desk integration is not live yet
    active: ${enabled},
  },
}
`,
  'src/persona.ts': `import { settings } from './settings'

const CORE = \`Você é o assistente de WhatsApp da Padaria Trigo Dourado, em Curitiba.
Responda só sobre encomendas de bolos, horários da loja e cardápio do dia. Outros assuntos você recusa com educação.\`

const TRANSFER = \`Se o cliente pedir para falar com uma pessoa, chame a ferramenta transferir_para_atendente e diga que uma atendente vai continuar a conversa aqui.\`

export const instructions = () => (settings.transfer.active ? \`\${CORE}\\n\\n\${TRANSFER}\` : CORE)
`,
  'src/bot.ts': `import { Client, LocalAuth } from 'whatsapp-web.js'
import OpenAI from 'openai'
import { instructions } from './persona'

const openai = new OpenAI()
const client = new Client({ authStrategy: new LocalAuth() })
client.on('message', async (msg) => {
  const r = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: instructions() }, { role: 'user', content: msg.body }],
  })
  await msg.reply(r.choices[0].message.content ?? '')
})
client.initialize()
`,
});

test('a prompt section behind a switch the project ships turned off is not part of the prompt', () => {
  const off = lintProject('switch-off', transferSection("process.env.TRANSFER_ON === 'yes' && false"));
  assert.ok(off.includes('flow/no-human-path'), off.join());
  const literal = lintProject('switch-literal', transferSection('false'));
  assert.ok(literal.includes('flow/no-human-path'), literal.join());
});

test('the same section behind a switch the project leaves on (or to run time) still counts', () => {
  const on = lintProject('switch-on', transferSection('true'));
  assert.ok(!on.includes('code/unresolved-prompt'), on.join());
  const runtime = lintProject('switch-runtime', transferSection("process.env.TRANSFER_ON === 'yes'"));
  assert.ok(!runtime.includes('code/unresolved-prompt'), runtime.join());
});

test('a Python `a if x else b` on a business name the YAML leaves empty takes the generic branch', () => {
  const files = (name: string) => ({
    'requirements.txt': 'twilio\nopenai\npyyaml\nflask\n',
    'config/tenant.yaml': `tenant:\n  name: "${name}"\n  city: Izmir\n`,
    'bot/persona.py': `import yaml

with open("config/tenant.yaml", encoding="utf-8") as fh:
    TENANT = yaml.safe_load(fh)["tenant"]

SYSTEM = (
    f"Sen {TENANT['name']} işletmesinin WhatsApp asistanısın. Yalnızca rezervasyon ve menü sorularını yanıtla; başka konulardaki soruları kibarca reddet."
    if TENANT["name"]
    else "Sen her konuda yardımcı olan, bilgili bir yapay zekâ asistanısın."
)
`,
    'bot/app.py': `from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse
from .persona import SYSTEM

app = Flask(__name__)
llm = OpenAI()

@app.post("/whatsapp")
def hook():
    out = llm.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": SYSTEM}, {"role": "user", "content": request.values.get("Body", "")}])
    r = MessagingResponse()
    r.message(out.choices[0].message.content)
    return str(r)
`,
  });
  const empty = lintProject('py-empty-name', files(''));
  assert.ok(empty.includes('flow/open-domain-llm'), empty.join());
  const named = lintProject('py-named', files('Deniz Meyhanesi'));
  assert.ok(!named.includes('flow/open-domain-llm') && !named.includes('code/unresolved-prompt'), named.join());
});

test('a TypeScript parameter is the argument the project passes where it calls the function', () => {
  const rules = lintProject('ts-param', {
    'package.json': '{"dependencies": {"@whiskeysockets/baileys": "^6.7.0", "@anthropic-ai/sdk": "^0.30.0"}}',
    'src/prompts.ts': `export const GENERAL = 'Kamu adalah asisten AI serba bisa. Jawab pertanyaan apa pun tentang topik apa saja.'\n`,
    'src/agent.ts': `import Anthropic from '@anthropic-ai/sdk'

const anthropic = new Anthropic()

export function makeAgent(system: string, maxTokens = 500) {
  return async (text: string) => {
    const r = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: maxTokens,
      system,
      messages: [{ role: 'user', content: text }],
    })
    return r.content[0].type === 'text' ? r.content[0].text : ''
  }
}
`,
    'src/main.ts': `import makeWASocket from '@whiskeysockets/baileys'
import { makeAgent } from './agent'
import { GENERAL } from './prompts'

const ask = makeAgent(GENERAL.trim(), 300)
const sock = makeWASocket({})
sock.ev.on('messages.upsert', async ({ messages }) => {
  const m = messages[0]
  const t = m.message?.conversation
  if (t) await sock.sendMessage(m.key.remoteJid!, { text: await ask(t) })
})
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('a Python constructor parameter passed by keyword, and a default given when the env var is empty', () => {
  const rules = lintProject('py-init', {
    'requirements.txt': 'pywa\ngoogle-genai\n',
    'assistant/brain.py': `import os
from google import genai
from google.genai import types

DEFAULT_PROMPT = "Eres un asistente de inteligencia artificial para todo. Responde cualquier pregunta sobre cualquier tema."


class Brain:
    def __init__(self, model, instructions):
        self.client = genai.Client()
        self.model = model
        self.instructions = instructions

    def answer(self, text):
        r = self.client.models.generate_content(
            model=self.model, contents=text,
            config=types.GenerateContentConfig(system_instruction=self.instructions))
        return r.text


def load_instructions():
    prompt = os.environ.get("BOT_PROMPT")
    if not prompt:
        prompt = DEFAULT_PROMPT
    return prompt
`,
    'assistant/main.py': `from flask import Flask
from pywa import WhatsApp, filters
from .brain import Brain, load_instructions

app = Flask(__name__)
wa = WhatsApp(phone_id="1", token="t", server=app, verify_token="v")
brain = Brain("gemini-2.5-flash", instructions=load_instructions())

@wa.on_message(filters.text)
def on_text(client, msg):
    msg.reply_text(brain.answer(msg.text))
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('a Go prompt read from the environment with a default when it is empty', () => {
  const rules = lintProject('go-env-default', {
    'go.mod': 'module example.com/kedai\n\ngo 1.22\n\nrequire github.com/sashabaranov/go-openai v1.32.0\n',
    '.env.example': 'WA_TOKEN=\nASSISTANT_PROMPT=\n',
    'main.go': `package main

import (
	"context"
	"net/http"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

const fallbackPrompt = "Bạn là trợ lý AI đa năng. Hãy trả lời mọi câu hỏi về bất kỳ chủ đề nào."

func systemPrompt() string {
	p := os.Getenv("ASSISTANT_PROMPT")
	if p == "" {
		p = fallbackPrompt
	}
	return p
}

func answer(ctx context.Context, text string) (string, error) {
	c := openai.NewClient(os.Getenv("OPENAI_API_KEY"))
	resp, err := c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: systemPrompt()},
			{Role: openai.ChatMessageRoleUser, Content: text},
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

func webhook(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Entry []struct{ Changes []struct{ Value struct{ Messages []struct{ From string; Text struct{ Body string } } } } }
	}
	_ = body
	msg := body.Entry[0].Changes[0].Value.Messages[0]
	out, _ := answer(r.Context(), msg.Text.Body)
	_, _ = http.Post("https://graph.facebook.com/v21.0/1/messages", "application/json", nil)
	_ = out
}

func main() {
	http.HandleFunc("/webhook", webhook)
	_ = http.ListenAndServe(":8080", nil)
}
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('a Python prompt kept in a TOML config read with tomllib', () => {
  const rules = lintProject('py-toml', {
    'requirements.txt': 'heyoo\nopenai\nflask\n',
    'settings/agent.toml': `[llm]
model = "gpt-4o-mini"

[persona]
instructions = """
Ты — универсальный ИИ-ассистент. Отвечай на любые вопросы на любые темы: учёба, код, рецепты, путешествия.
"""
`,
    'bot/config.py': `import tomllib
from pathlib import Path

CONF = tomllib.loads((Path(__file__).parent.parent / "settings" / "agent.toml").read_text(encoding="utf-8"))
`,
    'bot/server.py': `from flask import Flask, request
from heyoo import WhatsApp
from openai import OpenAI
from .config import CONF

app = Flask(__name__)
wa = WhatsApp("token", phone_number_id="1")
ai = OpenAI()

@app.post("/hook")
def hook():
    data = request.get_json()
    text = wa.get_message(data)
    out = ai.chat.completions.create(model=CONF["llm"]["model"], messages=[
        {"role": "system", "content": CONF["persona"]["instructions"].strip()}, {"role": "user", "content": text}])
    wa.send_message(out.choices[0].message.content, wa.get_mobile(data))
    return "ok"
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});

test('a Laravel prompt file named by a path helper in config/, read through config()', () => {
  const rules = lintProject('laravel-path', {
    'composer.json': '{"require": {"laravel/framework": "^11.0", "openai-php/laravel": "^0.10"}}',
    'config/assistente.php': `<?php\nreturn ['arquivo' => resource_path('ia/instrucoes.txt'), 'modelo' => 'gpt-4o-mini'];\n`,
    'resources/ia/instrucoes.txt':
      'Você é um assistente de IA para tudo: responda qualquer pergunta sobre qualquer assunto, sem limites de tema.\n',
    'app/Http/Controllers/ZapController.php': `<?php
namespace App\\Http\\Controllers;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Http;
use OpenAI\\Laravel\\Facades\\OpenAI;
class ZapController extends Controller {
    public function __invoke(Request $request) {
        $msg = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        $r = OpenAI::chat()->create(['model' => config('assistente.modelo'), 'messages' => [
            ['role' => 'system', 'content' => file_get_contents(config('assistente.arquivo'))],
            ['role' => 'user', 'content' => $msg['text']['body']]]]);
        Http::withToken(env('WA_TOKEN'))->post('https://graph.facebook.com/v21.0/' . env('WA_PHONE_ID') . '/messages', [
            'messaging_product' => 'whatsapp', 'to' => $msg['from'], 'text' => ['body' => $r->choices[0]->message->content]]);
        return response()->noContent();
    }
}
`,
  });
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join());
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join());
});
