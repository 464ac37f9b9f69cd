import json
import os

from dotenv import load_dotenv
from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

load_dotenv()

from .config import MODEL, SYSTEM_PROMPT, TEMPERATURE  # noqa: E402
from .reception import avvisa_reception  # noqa: E402

app = Flask(__name__)
client = OpenAI()
conversazioni: dict[str, list] = {}

TOOLS = [{
    "type": "function",
    "function": {
        "name": "avvisa_reception",
        "description": "Avvisa il personale della reception perché risponda all'ospite",
        "parameters": {"type": "object", "properties": {"richiesta": {"type": "string"}}, "required": ["richiesta"]},
    },
}]


@app.post("/whatsapp")
def whatsapp():
    ospite = request.form["From"]
    testo = request.form.get("Body", "")
    h = conversazioni.setdefault(ospite, [])
    h.append({"role": "user", "content": testo})

    risposta = ""
    for _ in range(3):
        r = client.chat.completions.create(
            model=MODEL, temperature=TEMPERATURE, tools=TOOLS,
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, *h[-14:]],
        )
        m = r.choices[0].message
        h.append(m.model_dump(exclude_none=True))
        if not m.tool_calls:
            risposta = m.content or ""
            break
        for tc in m.tool_calls:
            args = json.loads(tc.function.arguments)
            h.append({"role": "tool", "tool_call_id": tc.id, "content": avvisa_reception(ospite, args["richiesta"])})

    twiml = MessagingResponse()
    twiml.message(risposta)
    return str(twiml)


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", 5000)))
