from flask import Flask
from openai import OpenAI
from pywa import WhatsApp, filters

from . import prompts

app = Flask(__name__)
wa = WhatsApp(phone_id="000", token="token", server=app, verify_token="verify")
llm = OpenAI()


def ask(text, system=prompts.SYSTEM):
    r = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": text}],
    )
    return r.choices[0].message.content


@wa.on_message(filters.text)
#^^^^^^^^^^^^^ flow/no-human-path
def on_text(client, msg):
    msg.reply_text(ask(msg.text))
