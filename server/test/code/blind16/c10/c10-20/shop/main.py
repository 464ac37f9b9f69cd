import os

from fastapi import FastAPI
from google import genai
from google.genai import types
from pywa import WhatsApp, filters
from pywa.types import Message

from .prompt import SYSTEM_INSTRUCTION

app = FastAPI()
gemini = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    callback_url=os.environ.get("PUBLIC_URL"),
    app_id=int(os.environ["META_APP_ID"]),
    app_secret=os.environ["META_APP_SECRET"],
)
chats: dict[str, list[types.Content]] = {}


@wa.on_message(filters.text)
def handle(client: WhatsApp, msg: Message):
    hist = chats.setdefault(msg.from_user.wa_id, [])
    hist.append(types.Content(role="user", parts=[types.Part(text=msg.text)]))
    resp = gemini.models.generate_content(
        model="gemini-1.5-flash",
        contents=hist[-10:],
        config=types.GenerateContentConfig(system_instruction=SYSTEM_INSTRUCTION, temperature=0.4),
    )
    hist.append(types.Content(role="model", parts=[types.Part(text=resp.text)]))
    msg.reply_text(resp.text)
