import os

import httpx
from anthropic import Anthropic
from fastapi import FastAPI, Request

from .prompt import prompt_sistema

app = FastAPI()
claude = Anthropic()
GRAPH = f"https://graph.facebook.com/v20.0/{os.environ['PHONE_NUMBER_ID']}/messages"
NUMERO_ASESOR = os.environ["NUMERO_ASESOR"]
en_espera: set[str] = set()


async def enviar_texto(destino: str, texto: str) -> None:
    async with httpx.AsyncClient() as http:
        await http.post(
            GRAPH,
            headers={"Authorization": f"Bearer {os.environ['WA_TOKEN']}"},
            json={"messaging_product": "whatsapp", "to": destino, "type": "text", "text": {"body": texto}},
        )


@app.post("/webhook")
async def recibir(request: Request):
    datos = await request.json()
    for mensaje in datos["entry"][0]["changes"][0]["value"].get("messages", []):
        numero, texto = mensaje["from"], mensaje.get("text", {}).get("body", "")
        if numero in en_espera:
            continue
        if "asesor" in texto.lower() or "persona" in texto.lower():
            en_espera.add(numero)
            await enviar_texto(NUMERO_ASESOR, f"El paciente {numero} quiere hablar con recepción: {texto}")
            await enviar_texto(numero, "Te paso con recepción, te escribirán en breve.")
            continue
        respuesta = claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=400,
            system=prompt_sistema(),
            messages=[{"role": "user", "content": texto}],
        )
        await enviar_texto(numero, respuesta.content[0].text)
    return {"ok": True}
