import os
from pathlib import Path

from dotenv import load_dotenv
from flask import Flask, request
from jinja2 import Template
from litellm import completion
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()
app = Flask(__name__)

SYSTEM_TEMPLATE = Template(Path("prompts/system.jinja").read_text(encoding="utf-8"))
BRAND = os.getenv("BRAND_NAME", "Lumi Skincare")
PERSONA = os.getenv("PERSONA_NAME", "Lumi")
MODEL = os.getenv("LLM_MODEL", "claude-3-5-haiku-20241022")

sessions: dict[str, list[dict]] = {}


@app.post("/whatsapp")
def inbound():
    sender = request.values.get("From", "")
    body = request.values.get("Body", "").strip()
    first_name = (request.values.get("ProfileName") or "").split(" ")[0] or None

    system = SYSTEM_TEMPLATE.render(persona_name=PERSONA, brand=BRAND, first_name=first_name)
    turns = sessions.setdefault(sender, [])
    turns.append({"role": "user", "content": body})

    resp = completion(model=MODEL, messages=[{"role": "system", "content": system}, *turns[-14:]], max_tokens=400)
    text = resp.choices[0].message.content
    turns.append({"role": "assistant", "content": text})

    twiml = MessagingResponse()
    twiml.message(text)
    return str(twiml), 200, {"Content-Type": "application/xml"}


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", "5000")))
