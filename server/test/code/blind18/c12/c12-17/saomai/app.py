from collections import defaultdict

from flask import Flask, request
from groq import Groq
from twilio.twiml.messaging_response import MessagingResponse

from .settings import load

app = Flask(__name__)
groq = Groq()
CFG = load()
sessions: dict[str, list] = defaultdict(list)


@app.post("/whatsapp")
def whatsapp():
    sender = request.form.get("From", "")
    text = request.form.get("Body", "").strip()
    h = sessions[sender]
    h.append({"role": "user", "content": text})

    completion = groq.chat.completions.create(
        model=CFG["llm"]["model"],
        temperature=CFG["llm"]["temperature"],
        max_tokens=CFG["llm"]["max_tokens"],
        messages=[{"role": "system", "content": CFG["prompt"]["system"]}, *h[-12:]],
    )
    answer = completion.choices[0].message.content
    h.append({"role": "assistant", "content": answer})

    resp = MessagingResponse()
    resp.message(answer[:1500])
    return str(resp), 200, {"Content-Type": "application/xml"}


def run() -> None:
    app.run(host="0.0.0.0", port=5050)
