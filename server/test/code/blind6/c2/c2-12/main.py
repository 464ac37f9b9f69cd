import yaml
from fastapi import BackgroundTasks, FastAPI, Request
from google import genai
from google.genai import types

from wati import send_session_message

with open("config.yaml", encoding="utf-8") as f:
    CFG = yaml.safe_load(f)["bot"]

client = genai.Client()
app = FastAPI()

_chats: dict[str, genai.chats.Chat] = {}


def _chat_for(wa_id: str):
    if wa_id not in _chats:
        _chats[wa_id] = client.chats.create(
            model=CFG["modelo"],
            config=types.GenerateContentConfig(
                system_instruction=CFG["instrucoes"],
                temperature=CFG["temperatura"],
            ),
        )
    return _chats[wa_id]


def responder(wa_id: str, texto: str) -> None:
    resposta = _chat_for(wa_id).send_message(texto)
    send_session_message(wa_id, resposta.text)


@app.post("/wati/webhook")
async def wati_webhook(request: Request, tasks: BackgroundTasks):
    evento = await request.json()
    # WATI envia eventos de mensagens recebidas com waId, text, type, owner
    if evento.get("owner") is True or evento.get("type") != "text":
        return {"ok": True}
    tasks.add_task(responder, evento["waId"], evento.get("text", ""))
    return {"ok": True}
