/**
 * Two kinds of fake human path: a handoff function that only logs and sends the user a fixed promise (`await
 * reply(chatId, 'A tutor will write to you soon')`), reaching no one else; and a handoff behind a switch that is a
 * field of a pydantic `BaseSettings` class with a false default (`handoff_enabled: bool = False`, read from
 * HANDOFF_ENABLED), guarded by an early return whose branch logs first. Each with the same project where the path is
 * real (a message to a staff recipient; the switch turned on in `.env.example`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

before(() => loadCodeParsers());

const ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'stub-replies-'));
after(() => fs.rmSync(ROOT, { recursive: true, force: true }));

let count = 0;
function rules(files: Record<string, string>, entry: string): string[] {
  const dir = path.join(ROOT, `p${count++}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const service = createPolicyService({ host: testHost() });
  return (service.lint(toUri(path.join(dir, entry)))?.findings ?? []).map((f) => f.rule).sort();
}

// ---- a handoff function that only logs and replies to the user ------------------------------------------------

const TUTOR_JS = `const express = require('express');
const OpenAI = require('openai');
const escalar = require('./escalar');

const openai = new OpenAI();
const app = express();
app.use(express.json());
const SISTEMA = 'Eres el asistente de Academia Lumen en Valencia. Solo respondes sobre cursos de idiomas, horarios, ' +
  'precios y matrículas. Si preguntan otra cosa, di que solo ayudas con la academia. Si el alumno quiere hablar con ' +
  'una persona, responde solo con la palabra TUTOR.';

async function enviar(to, body) {
  await fetch(\`https://graph.facebook.com/v19.0/\${process.env.PHONE_ID}/messages\`, {
    method: 'POST',
    body: JSON.stringify({ messaging_product: 'whatsapp', to, text: { body } }),
  });
}

app.post('/webhook', async (req, res) => {
  res.sendStatus(200);
  const msg = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg) return;
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SISTEMA }, { role: 'user', content: msg.text.body }],
  });
  const texto = out.choices[0].message.content.trim();
  if (texto === 'TUTOR') return escalar(msg.from, enviar);
  await enviar(msg.from, texto);
});

app.listen(3000);
`;

test('a marker branch whose function only logs and promises the user a call-back is no human path', () => {
  const files = {
    'package.json': '{"name":"lumen"}',
    'src/server.js': TUTOR_JS,
    'src/escalar.js':
      "// pendiente: conectar con la agenda de profesores\nmodule.exports = async function escalar(alumno, enviar) {\n  console.info('tutor pedido', alumno);\n  await enviar(alumno, 'Genial, un profesor te escribe por aquí muy pronto.');\n};\n",
  };
  assert.deepEqual(rules(files, 'src/server.js'), ['flow/no-human-path']);
});

test('the same function that also writes to the staff member is a human path', () => {
  const files = {
    'package.json': '{"name":"lumen"}',
    'src/server.js': TUTOR_JS,
    'src/escalar.js':
      "module.exports = async function escalar(alumno, enviar) {\n  console.info('tutor pedido', alumno);\n  await enviar(process.env.TUTOR_DE_GUARDIA, `El alumno ${alumno} quiere hablar con un profesor`);\n  await enviar(alumno, 'Genial, un profesor te escribe por aquí muy pronto.');\n};\n",
  };
  assert.deepEqual(rules(files, 'src/server.js'), []);
});

// ---- a pydantic settings switch off by default ------------------------------------------------------------------

const SETTINGS_PY = `from pydantic_settings import BaseSettings


class Config(BaseSettings):
    openai_api_key: str = ""
    # the support desk is not staffed yet
    desk_handover: bool = False
    desk_url: str = ""


config = Config()
`;

const DESK_PY = `import logging

import requests

from .config import config

log = logging.getLogger(__name__)


def transfer_to_human(phone: str, note: str) -> str:
    if not config.desk_handover:
        log.info("transfer asked but the desk is off: %s", phone)
        return "Your request has been noted."
    requests.post(config.desk_url, json={"phone": phone, "note": note})
    return "A colleague will reply here in a few minutes."
`;

const BOT_PY = `import json

from flask import Flask, request
from openai import OpenAI

from .desk import transfer_to_human

app = Flask(__name__)
client = OpenAI()
SYSTEM = (
    "You are the assistant of Northgate Bike Repairs in Leeds. Answer only about repair bookings, prices and "
    "opening hours; for anything else say you can only help with bike repairs."
)
TOOLS = [{"type": "function", "function": {"name": "transfer_to_human", "description": "Hand the chat to staff",
          "parameters": {"type": "object", "properties": {"note": {"type": "string"}}}}}]


@app.post("/webhook")
def webhook():
    msg = request.json["entry"][0]["changes"][0]["value"]["messages"][0]
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        tools=TOOLS,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": msg["text"]["body"]}],
    )
    m = out.choices[0].message
    if m.tool_calls:
        text = transfer_to_human(msg["from"], json.loads(m.tool_calls[0].function.arguments).get("note", ""))
    else:
        text = m.content
    send_whatsapp(msg["from"], text)
    return "ok"


def send_whatsapp(to, text):
    import requests
    requests.post("https://graph.facebook.com/v19.0/123/messages", json={"messaging_product": "whatsapp", "to": to,
                  "text": {"body": text}})
`;

test('a handoff behind a BaseSettings switch with a false default, guarded by a logging return, is no human path', () => {
  const files = {
    'requirements.txt': 'flask\nopenai\npydantic-settings\n',
    'bike/__init__.py': '',
    'bike/config.py': SETTINGS_PY,
    'bike/desk.py': DESK_PY,
    'bike/app.py': BOT_PY,
    '.env.example': 'OPENAI_API_KEY=\nDESK_HANDOVER=false\n',
  };
  assert.deepEqual(rules(files, 'bike/app.py'), ['flow/no-human-path']);
});

test('the same switch turned on in .env.example is a human path', () => {
  const files = {
    'requirements.txt': 'flask\nopenai\npydantic-settings\n',
    'bike/__init__.py': '',
    'bike/config.py': SETTINGS_PY,
    'bike/desk.py': DESK_PY,
    'bike/app.py': BOT_PY,
    '.env.example': 'OPENAI_API_KEY=\nDESK_HANDOVER=true\nDESK_URL=https://desk.example/api\n',
  };
  assert.deepEqual(rules(files, 'bike/app.py'), []);
});
