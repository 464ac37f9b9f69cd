"""Chat with GPT on WhatsApp through a Twilio sandbox number."""
import os

import openai
from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

openai.api_key = os.getenv("OPENAI_API_KEY")
app = Flask(__name__)
conversations = {}


def history_for(number):
    if number not in conversations:
        conversations[number] = [
            {"role": "system", "content": "Sei un assistente utile. Rispondi a qualsiasi domanda su qualsiasi argomento."},
            #                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
        ]
    return conversations[number]


@app.route("/bot", methods=["POST"])
def bot():
    incoming = request.values.get("Body", "").strip()
    #          ^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/no-human-path
    history = history_for(request.values.get("From"))
    history.append({"role": "user", "content": incoming})
    completion = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=history)
    answer = completion.choices[0].message["content"]
    history.append({"role": "assistant", "content": answer})
    resp = MessagingResponse()
    resp.message(answer)
    return str(resp)


if __name__ == "__main__":
    app.run(debug=True)
