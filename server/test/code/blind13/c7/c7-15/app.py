import os
from collections import defaultdict, deque

from flask import Flask, request
from openai import OpenAI
from twilio.twiml.messaging_response import MessagingResponse

import prompts

app = Flask(__name__)
client = OpenAI()
memoria: dict[str, deque] = defaultdict(lambda: deque(maxlen=12))


@app.post("/whatsapp")
def whatsapp():
    numero = request.values.get("From", "")
    texto = request.values.get("Body", "").strip()
    hist = memoria[numero]
    if not hist:
        hist.append({"role": "assistant", "content": prompts.get("whatsapp.welcome")})
    hist.append({"role": "user", "content": texto})

    resp = client.chat.completions.create(
        model=prompts.get("whatsapp.model"),
        messages=[{"role": "system", "content": prompts.get("whatsapp.system")}, *hist],
        temperature=0.4,
    )
    respuesta = resp.choices[0].message.content
    hist.append({"role": "assistant", "content": respuesta})

    twiml = MessagingResponse()
    twiml.message(respuesta)
    return str(twiml), 200, {"Content-Type": "application/xml"}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", 5000)))
