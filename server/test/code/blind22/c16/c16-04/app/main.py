import httpx
from fastapi import FastAPI, Request
from langchain_core.chat_history import InMemoryChatMessageHistory
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables.history import RunnableWithMessageHistory
from langchain_openai import ChatOpenAI

from . import chatwoot
from .instrucciones import SISTEMA
from .settings import settings

app = FastAPI()

prompt = ChatPromptTemplate.from_messages([
    ("system", SISTEMA),
    MessagesPlaceholder("historial"),
    ("human", "{mensaje}"),
])
llm = ChatOpenAI(model=settings.modelo, temperature=0.4, api_key=settings.openai_api_key)

_memorias: dict[str, InMemoryChatMessageHistory] = {}


def _memoria(session_id: str) -> InMemoryChatMessageHistory:
    return _memorias.setdefault(session_id, InMemoryChatMessageHistory())


cadena = RunnableWithMessageHistory(prompt | llm, _memoria, input_messages_key="mensaje",
                                    history_messages_key="historial")


async def enviar(to: str, texto: str) -> None:
    async with httpx.AsyncClient(timeout=15) as c:
        await c.post(
            "https://waba-v2.360dialog.io/messages",
            headers={"D360-API-KEY": settings.d360_api_key},
            json={"messaging_product": "whatsapp", "recipient_type": "individual", "to": to,
                  "type": "text", "text": {"body": texto}},
        )


@app.post("/webhook/360")
async def webhook(req: Request):
    body = await req.json()
    for entry in body.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            nombre = (value.get("contacts") or [{}])[0].get("profile", {}).get("name", "")
            for m in value.get("messages", []):
                if m.get("type") != "text":
                    continue
                tel, texto = m["from"], m["text"]["body"]
                conv = await chatwoot.conversacion_para(tel, nombre)
                await chatwoot.registrar(conv, texto, entrante=True)
                if await chatwoot.estado(conv) == "open":
                    continue  # ya lo atiende un asesor desde Chatwoot
                out = await cadena.ainvoke({"mensaje": texto}, config={"configurable": {"session_id": tel}})
                respuesta = out.content
                if "[ASESOR]" in respuesta:
                    respuesta = respuesta.replace("[ASESOR]", "").strip()
                    respuesta += "\n\nTe paso con un asesor de Alcalá Seguros, te escribe por aquí mismo en unos minutos (L-V 9 a 19 h, sáb 10 a 14 h)."
                    await chatwoot.pasar_a_asesor(conv, texto)
                await enviar(tel, respuesta)
                await chatwoot.registrar(conv, respuesta, entrante=False)
    return {"ok": True}
