import os

from flask import Flask, request
from google import genai
from google.genai import types
from heyoo import WhatsApp

from .freshdesk import open_ticket, paused
from .prompt import SYSTEM_INSTRUCTION

app = Flask(__name__)
messenger = WhatsApp(os.environ["WA_TOKEN"], phone_number_id=os.environ["WA_PHONE_NUMBER_ID"])
client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
PACKAGES = open(os.path.join(os.path.dirname(__file__), "packages.md"), encoding="utf-8").read()
threads: dict[str, list[types.Content]] = {}


@app.get("/webhook")
def verify():
    if request.args.get("hub.verify_token") == os.environ["WA_VERIFY_TOKEN"]:
        return request.args.get("hub.challenge")
    return "forbidden", 403


@app.post("/webhook")
def incoming():
    data = request.get_json()
    if messenger.is_message(data) and messenger.get_message_type(data) == "text":
        phone = messenger.get_mobile(data)
        text = messenger.get_message(data)
        if phone in paused:
            return "ok"
        hist = threads.setdefault(phone, [])
        hist.append(types.Content(role="user", parts=[types.Part(text=text)]))
        resp = client.models.generate_content(
            model="gemini-2.0-flash",
            contents=hist[-12:],
            config=types.GenerateContentConfig(
                system_instruction=SYSTEM_INSTRUCTION + "\n\nالباقات:\n" + PACKAGES,
                temperature=0.3,
            ),
        )
        answer = resp.text or ""
        if "[[HUMAN]]" in answer:
            transcript = "\n".join(p.parts[0].text for p in hist)
            open_ticket(phone, transcript)
            messenger.send_message("تم تحويلك لموظف الحجوزات، سيتواصل معك هنا خلال ساعات الدوام (السبت–الخميس ٩ص–٧م).", phone)
            return "ok"
        hist.append(types.Content(role="model", parts=[types.Part(text=answer)]))
        messenger.send_message(answer, phone)
    return "ok"
