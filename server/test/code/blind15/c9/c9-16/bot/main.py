import os

import httpx
from fastapi import FastAPI
from google import genai
from google.genai import types
from pywa import WhatsApp, types as wa_types

from bot.prompt import render_system

app = FastAPI()
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
)
gclient = genai.Client()
chats: dict[str, list[types.Content]] = {}


def track_order(order_id: str) -> dict:
    """Статус заказа по номеру (например SK-104233)."""
    r = httpx.get(f"{os.environ['TMS_URL']}/orders/{order_id}", timeout=10)
    return r.json() if r.status_code == 200 else {"error": "not found"}


@wa.on_message(wa_types.filters.text)
def on_text(client: WhatsApp, msg: wa_types.Message):
    hist = chats.setdefault(msg.from_user.wa_id, [])
    hist.append(types.Content(role="user", parts=[types.Part(text=msg.text)]))
    resp = gclient.models.generate_content(
        model="gemini-2.5-flash",
        contents=hist[-16:],
        config=types.GenerateContentConfig(
            system_instruction=render_system(msg.from_user.name),
            tools=[track_order],
            temperature=0.2,
        ),
    )
    hist.append(types.Content(role="model", parts=[types.Part(text=resp.text)]))
    msg.reply_text(resp.text)
