import os
from collections import defaultdict

import anthropic
from dotenv import load_dotenv
from flask import Flask, request
from heyoo import WhatsApp

load_dotenv()

app = Flask(__name__)
messenger = WhatsApp(os.environ["TOKEN"], phone_number_id=os.environ["PHONE_NUMBER_ID"])
claude = anthropic.Anthropic()
threads = defaultdict(list)


def ask_claude(user: str, text: str) -> str:
    threads[user].append({"role": "user", "content": text})
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1024,
        messages=threads[user][-20:],
    )
    answer = msg.content[0].text
    threads[user].append({"role": "assistant", "content": answer})
    return answer


@app.route("/webhook", methods=["GET", "POST"])
def webhook():
    if request.method == "GET":
        if request.args.get("hub.verify_token") == os.environ["VERIFY_TOKEN"]:
            return request.args.get("hub.challenge")
        return "Invalid token", 403

    data = request.get_json()
    if messenger.changed_field(data) == "messages" and messenger.is_message(data):
        mobile = messenger.get_mobile(data)
        if messenger.get_message_type(data) == "text":
            text = messenger.get_message(data)
            if text.strip() == "/new":
                threads.pop(mobile, None)
                messenger.send_message("Started a new conversation ✨", mobile)
            else:
                messenger.send_message(ask_claude(mobile, text), mobile)
    return "OK", 200


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", 8000)))
