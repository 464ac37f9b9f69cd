/**
 * A handoff in code counts only when it can run and reaches a person: a handoff after a statement that always
 * leaves (return, throw, break), or in a function every use of which is such dead code, is none; a switch may be a
 * predicate method (Ruby `Handoff.enabled?`) whose one expression reads an environment variable that is off by
 * default; a prompt that hands over by writing a capital marker the code tests (`[HUMANO]`) is a path only through
 * what the code does there; Gupshup is a WhatsApp transport. Each with the same project where the path is real.
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

const ROOT = fs.mkdtempSync(path.join(os.tmpdir(), 'dead-handoffs-'));
after(() => fs.rmSync(ROOT, { recursive: true, force: true }));

let count = 0;
/** Writes a project into a fresh folder and returns the rules found on its entry file. */
function rules(files: Record<string, string>, entry: string): string[] {
  const dir = path.join(ROOT, `p${count++}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const service = createPolicyService({ host: testHost() });
  return (service.lint(toUri(path.join(dir, entry)))?.findings ?? []).map((f) => f.rule).sort();
}

// ---- a handoff after a statement that always leaves -------------------------------------------------------------

const KAYAK_PY = (handler: string) => `import requests
from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
client = OpenAI()
SYSTEM = (
    "You are the assistant of Harbour Kayak Rentals in Kingston. Answer only about kayak rentals, prices, "
    "opening hours and safety rules. For anything else, politely say you can only help with kayak rentals."
)


def open_ticket(sender, text):
    requests.post(
        "https://harbourkayak.zendesk.com/api/v2/tickets.json",
        json={"ticket": {"subject": f"WhatsApp {sender}", "comment": {"body": text}}},
    )


@app.post("/whatsapp")
def whatsapp():
    text = request.values.get("Body", "")
    sender = request.values.get("From", "")
    reply = MessagingResponse()
${handler}`;

const ANSWER = `    answer = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
    )
    reply.message(answer.choices[0].message.content)
    return str(reply)
`;
const TICKET = `    if "agent" in text.lower():
        open_ticket(sender, text)
        reply.message("A colleague will take over here shortly.")
        return str(reply)
`;

test('a helpdesk check placed after the handler has returned is no human path', () => {
  const files = { 'requirements.txt': 'flask\nopenai\ntwilio\n', 'app.py': KAYAK_PY(ANSWER + TICKET) };
  assert.deepEqual(rules(files, 'app.py'), ['flow/no-human-path']);
});

test('the same check before the model answers is a human path', () => {
  const files = { 'requirements.txt': 'flask\nopenai\ntwilio\n', 'app.py': KAYAK_PY(TICKET + ANSWER) };
  assert.deepEqual(rules(files, 'app.py'), []);
});

const SALON_JS = (handler: string) => `const express = require('express');
const axios = require('axios');
const OpenAI = require('openai');

const app = express();
app.use(express.json());
const openai = new OpenAI();
const SYSTEM =
  'Tu es l’assistant du salon de coiffure Mèche Rebelle à Lyon. Tu réponds uniquement sur les prestations, les tarifs ' +
  'et les rendez-vous du salon. Pour toute autre question, explique poliment que tu ne peux aider que pour le salon.';

async function escalate(from, text) {
  await axios.post('https://mecherebelle.freshdesk.com/api/v2/tickets', { subject: 'WhatsApp ' + from, description: text });
}

async function send(to, body) {
  await axios.post('https://graph.facebook.com/v19.0/' + process.env.PHONE_ID + '/messages', {
    messaging_product: 'whatsapp', to, text: { body },
  });
}

app.post('/webhook', async (req, res) => {
  const msg = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg) return res.sendStatus(200);
  const text = msg.text?.body ?? '';
${handler}
});

app.listen(3000);
`;

const JS_ANSWER = `  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: text }],
  });
  await send(msg.from, out.choices[0].message.content);
  res.sendStatus(200);
  return;`;
const JS_ESCALATE = `  if (/conseill|humain|personne/i.test(text)) {
    await escalate(msg.from, text);
    await send(msg.from, 'Une coiffeuse vous répond ici très vite.');
    return res.sendStatus(200);
  }`;

test('a function that opens a ticket, called only after a return, is no human path', () => {
  const files = { 'package.json': '{"name":"salon"}', 'server.js': SALON_JS(`${JS_ANSWER}\n${JS_ESCALATE}`) };
  assert.deepEqual(rules(files, 'server.js'), ['flow/no-human-path']);
});

test('the same function called before the model answers is a human path', () => {
  const files = { 'package.json': '{"name":"salon"}', 'server.js': SALON_JS(`${JS_ESCALATE}\n${JS_ANSWER}`) };
  assert.deepEqual(rules(files, 'server.js'), []);
});

// ---- a switch that is a predicate method ------------------------------------------------------------------------

const BAKERY_RB = `require "sinatra"
require "openai"
require "net/http"
require "twilio-ruby"
require_relative "lib/staff"

CLIENT = OpenAI::Client.new(access_token: ENV.fetch("OPENAI_ACCESS_TOKEN"))
SYSTEM = "You are the assistant of Rye & Crumb Bakery in Leeds. Only answer about our breads, cakes, custom orders, allergens and opening hours. Politely decline anything unrelated to the bakery."

post "/whatsapp" do
  text = params["Body"].to_s
  twiml = Twilio::TwiML::MessagingResponse.new
  if Staff.on?
    if text =~ /person|staff|human/i
      Staff.ticket!(params["From"], text)
      twiml.message(body: "Someone from the bakery will reply here shortly.")
      content_type "text/xml"
      return twiml.to_s
    end
  end
  res = CLIENT.chat(parameters: { model: "gpt-4o-mini", messages: [{ role: "system", content: SYSTEM }, { role: "user", content: text }] })
  twiml.message(body: res.dig("choices", 0, "message", "content"))
  content_type "text/xml"
  twiml.to_s
end
`;
const STAFF_RB = (fallback: string) => `require "net/http"
require "json"

module Staff
  def self.on?
    ENV.fetch("STAFF_HANDOFF", "${fallback}") == "yes"
  end

  def self.ticket!(from, text)
    uri = URI("https://ryeandcrumb.zendesk.com/api/v2/tickets.json")
    Net::HTTP.post(uri, { ticket: { subject: "WhatsApp #{from}", comment: { body: text } } }.to_json, "Content-Type" => "application/json")
  end
end
`;

test('a helpdesk call under a predicate method whose variable is off by default is no human path', () => {
  const files = { Gemfile: 'gem "sinatra"\n', 'app.rb': BAKERY_RB, 'lib/staff.rb': STAFF_RB('no') };
  assert.deepEqual(rules(files, 'app.rb'), ['flow/no-human-path']);
});

test('the same predicate on by default is a human path', () => {
  const files = { Gemfile: 'gem "sinatra"\n', 'app.rb': BAKERY_RB, 'lib/staff.rb': STAFF_RB('yes') };
  assert.deepEqual(rules(files, 'app.rb'), []);
});

// ---- a capital marker the code tests ----------------------------------------------------------------------------

const PHARMACY_TS = (onMarker: string, contact = '') => `import express from 'express';
import OpenAI from 'openai';

const app = express();
app.use(express.json());
const openai = new OpenAI();
const SYSTEM = \`Eres el asistente de Farmacia San Telmo en Rosario. Respondes solo sobre horarios, stock de
productos, recetas y envíos de la farmacia. Si preguntan otra cosa, di con amabilidad que solo ayudas con la farmacia.
Si el cliente quiere hablar con una persona, responde solo con [HUMANO].${contact}\`;

async function send(to: string, body: string) {
  await fetch(\`https://graph.facebook.com/v19.0/\${process.env.PHONE_ID}/messages\`, {
    method: 'POST',
    body: JSON.stringify({ messaging_product: 'whatsapp', to, text: { body } }),
  });
}

app.post('/webhook', async (req, res) => {
  const msg = req.body.entry?.[0]?.changes?.[0]?.value?.messages?.[0];
  if (!msg) return res.sendStatus(200);
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: msg.text?.body ?? '' }],
  });
  const reply = out.choices[0].message.content ?? '';
  if (reply.includes('[HUMANO]')) {
${onMarker}
    await send(msg.from, 'Un farmacéutico te escribe en breve.');
  } else {
    await send(msg.from, reply);
  }
  res.sendStatus(200);
});

app.listen(3000);
`;

test('a marker the prompt writes and the code tests, whose branch calls a function that only logs, is no human path', () => {
  const files = {
    'package.json': '{"name":"farmacia"}',
    'src/bot.ts': PHARMACY_TS('    avisarFarmaceutico(msg.from);'),
    'src/avisos.ts':
      '// TODO: conectar con el panel de mostrador\nexport function avisarFarmaceutico(from: string) {\n  console.log(`[aviso] ${from}`);\n}\n',
  };
  files['src/bot.ts'] = "import { avisarFarmaceutico } from './avisos';\n" + files['src/bot.ts'];
  assert.deepEqual(rules(files, 'src/bot.ts'), ['flow/no-human-path']);
});

test('a marker whose branch calls project code the tool cannot place leaves the prompt’s word standing', () => {
  const files = {
    'package.json': '{"name":"farmacia"}',
    'src/bot.ts': PHARMACY_TS('    await avisarFarmaceutico(msg.from);'),
    'src/avisos.ts':
      'export async function avisarFarmaceutico(from: string) {\n  pausas.set(from, Date.now() + 8 * 3600e3);\n  await enviarAlMostrador(from);\n}\n',
  };
  files['src/bot.ts'] = "import { avisarFarmaceutico } from './avisos';\n" + files['src/bot.ts'];
  assert.deepEqual(rules(files, 'src/bot.ts'), []);
});

test('the same marker whose branch opens a Freshdesk ticket is a human path', () => {
  const branch =
    "    await fetch('https://santelmo.freshdesk.com/api/v2/tickets', { method: 'POST', body: JSON.stringify({ from: msg.from }) });";
  const files = { 'package.json': '{"name":"farmacia"}', 'src/bot.ts': PHARMACY_TS(branch) };
  assert.deepEqual(rules(files, 'src/bot.ts'), []);
});

test('a prompt that also gives a real phone of its own keeps that path, whatever the marker branch does', () => {
  const contact = '\nTambién pueden llamar al mostrador: +54 341 455 2210 (lunes a sábado, 8 a 21).';
  const files = {
    'package.json': '{"name":"farmacia"}',
    'src/bot.ts': PHARMACY_TS("    console.log('handoff', msg.from);", contact),
  };
  assert.deepEqual(rules(files, 'src/bot.ts'), []);
});

// ---- Gupshup --------------------------------------------------------------------------------------------------

test('a Gupshup webhook with a model and no handoff is a WhatsApp bot with no human path', () => {
  const server = `const express = require('express');
const axios = require('axios');
const OpenAI = require('openai');

const app = express();
app.use(express.json());
const openai = new OpenAI();
const SYSTEM = 'Kamu asisten toko bunga Melati di Bandung. Jawab hanya soal rangkaian bunga, harga dan pengiriman. ' +
  'Pertanyaan lain ditolak dengan sopan.';

app.post('/gupshup', async (req, res) => {
  const text = req.body.payload?.payload?.text ?? '';
  const out = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: text }],
  });
  await axios.post('https://api.gupshup.io/wa/api/v1/msg', new URLSearchParams({
    channel: 'whatsapp', source: process.env.GUPSHUP_SOURCE, destination: req.body.payload.source,
    message: JSON.stringify({ type: 'text', text: out.choices[0].message.content }),
  }));
  res.sendStatus(200);
});

app.listen(3000);
`;
  assert.deepEqual(rules({ 'package.json': '{"name":"melati"}', 'index.js': server }, 'index.js'), [
    'flow/no-human-path',
  ]);
});
