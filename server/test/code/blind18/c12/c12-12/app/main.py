import os
from collections import defaultdict, deque

from dotenv import load_dotenv
from flask import Flask, abort, request
from openai import OpenAI

from .prompt import build_system_prompt, load_config
from .whatsapp import send_text

load_dotenv()
app = Flask(__name__)
client = OpenAI()
history: dict[str, deque] = defaultdict(lambda: deque(maxlen=10))


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["WA_VERIFY_TOKEN"]:
        return request.args.get("hub.challenge", "")
    abort(403)


@app.post("/webhook")
def incoming():
    data = request.get_json(silent=True) or {}
    for entry in data.get("entry", []):
        for change in entry.get("changes", []):
            for msg in change.get("value", {}).get("messages", []):
                if msg.get("type") == "text":
                    handle(msg["from"], msg["text"]["body"])
    return "ok"


def handle(wa_id: str, text: str) -> None:
    cfg = load_config()
    h = history[wa_id]
    h.append({"role": "user", "content": text})
    resp = client.chat.completions.create(
        model=cfg.get("model", "gpt-4o-mini"),
        messages=[{"role": "system", "content": build_system_prompt(cfg)}, *h],
    )
    answer = resp.choices[0].message.content or ""
    h.append({"role": "assistant", "content": answer})
    send_text(wa_id, answer[: cfg.get("max_reply_chars", 900)])
