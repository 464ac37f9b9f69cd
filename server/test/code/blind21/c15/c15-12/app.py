import os

from dotenv import load_dotenv
from flask import Flask, abort, request

load_dotenv()

from sacco_bot.assistant import answer  # noqa: E402
from sacco_bot.whatsapp import send_text  # noqa: E402

app = Flask(__name__)


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["WHATSAPP_VERIFY_TOKEN"]:
        return request.args.get("hub.challenge", "")
    abort(403)


@app.post("/webhook")
def incoming():
    data = request.get_json(silent=True) or {}
    for entry in data.get("entry", []):
        for change in entry.get("changes", []):
            for msg in change.get("value", {}).get("messages", []):
                if msg.get("type") != "text":
                    send_text(msg["from"], "Please send your question as text 🙏")
                    continue
                send_text(msg["from"], answer(msg["from"], msg["text"]["body"]))
    return "ok"


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", "5000")), debug=True)
