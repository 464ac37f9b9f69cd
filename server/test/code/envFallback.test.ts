/**
 * A prompt getter with a fallback: the function returns an environment variable when it is set and a text written
 * in the code otherwise (Go `if v := os.Getenv("X"); v != "" { return v }; return fallback`, the same in Python).
 * When the project ships no value for the variable (no default, not in .env.example), the fallback is the prompt
 * the bot runs with, and it is judged; a value given in .env.example wins. Projects written for this test.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { loadCodeParsers } from '../../src/formats/code';
import { toUri } from '../../src/model/uri';
import { createPolicyService } from '../../src/service';
import { REPO, testHost } from '../helpers/fsHost';

before(() => loadCodeParsers());

const ROOT = path.join(REPO, 'test-fixtures', 'mem-env-fallback23');

function lintProject(dir: string, files: Record<string, string>): string[] {
  const abs = Object.fromEntries(Object.entries(files).map(([k, v]) => [path.join(ROOT, dir, k), v]));
  const service = createPolicyService({ host: testHost(abs) });
  const out: string[] = [];
  for (const f of Object.keys(abs).filter((f) => /\.(?:py|go)$/.test(f)))
    for (const x of service.lint(toUri(f))?.findings ?? []) out.push(x.rule);
  return [...new Set(out)].sort();
}

const SCOPED =
  'Jesteś asystentem WhatsApp kwiaciarni Storczyk w Gdańsku. Odpowiadasz tylko o bukietach, cenach, dostawie i godzinach otwarcia. ' +
  'Na inne tematy grzecznie odmawiasz. Jeśli klient chce rozmawiać z osobą, podaj numer kwiaciarni: +48 58 301 22 44.';
const TONE_ONLY =
  'Odpowiadaj zawsze po polsku, krótko i serdecznie. Maksymalnie trzy zdania. Możesz używać emoji. Nie używaj markdown. ' +
  'Jeśli klient chce rozmawiać z osobą, podaj numer: +48 58 301 22 44.';

const goBot = (fallback: string) => ({
  'go.mod': 'module example.com/storczyk\n\ngo 1.22\n',
  'main.go': `package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

const fallbackInstructions = \`${fallback}\`

func instructions() string {
	if v := os.Getenv("ASSISTANT_INSTRUCTIONS"); v != "" {
		return v
	}
	return fallbackInstructions
}

type message struct {
	Role    string \`json:"role"\`
	Content string \`json:"content"\`
}

type chatRequest struct {
	Model    string    \`json:"model"\`
	Messages []message \`json:"messages"\`
}

type inbound struct {
	Entry []struct {
		Changes []struct {
			Value struct {
				Messages []struct {
					From string \`json:"from"\`
					Text struct {
						Body string \`json:"body"\`
					} \`json:"text"\`
				} \`json:"messages"\`
			} \`json:"value"\`
		} \`json:"changes"\`
	} \`json:"entry"\`
}

func ask(text string) string {
	body, _ := json.Marshal(chatRequest{
		Model:    "gpt-4o-mini",
		Messages: []message{{Role: "system", Content: instructions()}, {Role: "user", Content: text}},
	})
	req, _ := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return ""
	}
	defer res.Body.Close()
	var out struct {
		Choices []struct {
			Message message \`json:"message"\`
		} \`json:"choices"\`
	}
	json.NewDecoder(res.Body).Decode(&out)
	return out.Choices[0].Message.Content
}

func send(to, text string) {
	payload, _ := json.Marshal(map[string]any{"messaging_product": "whatsapp", "to": to, "text": map[string]string{"body": text}})
	req, _ := http.NewRequest(http.MethodPost, "https://graph.facebook.com/v21.0/"+os.Getenv("WA_PHONE_ID")+"/messages", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	http.DefaultClient.Do(req)
}

func webhook(w http.ResponseWriter, r *http.Request) {
	var in inbound
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || len(in.Entry) == 0 {
		return
	}
	for _, m := range in.Entry[0].Changes[0].Value.Messages {
		send(m.From, ask(m.Text.Body))
	}
}

func main() {
	http.HandleFunc("/webhook", webhook)
	http.ListenAndServe(":8080", nil)
}
`,
});

test('a Go getter whose variable is unset as shipped runs with its scoped fallback: no unresolved prompt', () => {
  assert.deepEqual(lintProject('go-scoped', goBot(SCOPED)), []);
});

test('a fallback that only sets the tone is judged: the bot answers anything', () => {
  const rules = lintProject('go-tone', goBot(TONE_ONLY));
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(rules.includes('prompt/no-business-scope') || rules.includes('flow/open-domain-llm'), rules.join(' '));
});

test('a value given in .env.example is the prompt, not the fallback', () => {
  const files = { ...goBot(TONE_ONLY), '.env.example': `ASSISTANT_INSTRUCTIONS="${SCOPED}"\n` };
  assert.deepEqual(lintProject('go-env', files), []);
});

test('the same getter in Python', () => {
  const files = {
    'requirements.txt': 'flask\nopenai\ntwilio\n',
    'app.py': `import os

from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
client = OpenAI()
FALLBACK = "${TONE_ONLY}"


def instructions():
    custom = os.getenv("ASSISTANT_INSTRUCTIONS")
    if custom:
        return custom
    return FALLBACK


@app.post("/whatsapp")
def whatsapp():
    text = request.values.get("Body", "")
    answer = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": instructions()}, {"role": "user", "content": text}],
    )
    reply = MessagingResponse()
    reply.message(answer.choices[0].message.content)
    return str(reply)
`,
  };
  const rules = lintProject('py-tone', files);
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(rules.includes('prompt/no-business-scope') || rules.includes('flow/open-domain-llm'), rules.join(' '));
});

test('a prompt file read through a pathlib join of a setting, by a function of another module, is read', () => {
  const files = {
    'requirements.txt': 'flask\nopenai\ntwilio\n',
    'prompts/asistente.txt': TONE_ONLY,
    'bot/settings.py': `import os
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
PROMPT_NAME = os.environ.get("PROMPT_NAME", "asistente.txt")


def load_prompt() -> str:
    return (BASE / "prompts" / PROMPT_NAME).read_text(encoding="utf-8")
`,
    'bot/app.py': `from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

from bot import settings

app = Flask(__name__)
client = OpenAI()
SYSTEM = settings.load_prompt()


@app.post("/whatsapp")
def whatsapp():
    text = request.values.get("Body", "")
    answer = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
    )
    reply = MessagingResponse()
    reply.message(answer.choices[0].message.content)
    return str(reply)
`,
  };
  const rules = lintProject('py-pathlib', files);
  assert.ok(!rules.includes('code/unresolved-prompt'), rules.join(' '));
  assert.ok(rules.includes('flow/open-domain-llm'), rules.join(' '));
});
