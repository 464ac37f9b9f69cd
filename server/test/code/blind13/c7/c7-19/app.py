import os
from pathlib import Path

from dotenv import load_dotenv
from flask import Flask, request
from google import genai
from google.genai import types
from heyoo import WhatsApp

load_dotenv()
app = Flask(__name__)
messenger = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_NUMBER_ID"])
gclient = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
SYSTEM = (Path(__file__).parent / "prompts" / "system.md").read_text(encoding="utf-8")
chats: dict[str, list[types.Content]] = {}


def ask_gemini(wa_id: str, text: str) -> str:
    hist = chats.setdefault(wa_id, [])
    hist.append(types.Content(role="user", parts=[types.Part(text=text)]))
    resp = gclient.models.generate_content(
        model="gemini-2.0-flash",
        contents=hist[-10:],
        config=types.GenerateContentConfig(system_instruction=SYSTEM, temperature=0.3, max_output_tokens=500),
    )
    hist.append(types.Content(role="model", parts=[types.Part(text=resp.text)]))
    return resp.text


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["WA_VERIFY_TOKEN"]:
        return request.args.get("hub.challenge", "")
    return "forbidden", 403


@app.post("/webhook")
def webhook():
    data = request.get_json()
    if messenger.changed_field(data) == "messages" and messenger.is_message(data):
        if messenger.get_message_type(data) == "text":
            mobile = messenger.get_mobile(data)
            reply = ask_gemini(mobile, messenger.get_message(data))
            messenger.send_message(reply, mobile)
    return "ok"


if __name__ == "__main__":
    app.run(port=5005)
