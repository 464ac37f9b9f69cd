import os

import requests

GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models"
MODELO = os.getenv("GEMINI_MODEL", "gemini-1.5-flash")

INSTRUCOES = (
    "Você é a assistente de WhatsApp da Pet Feliz, um pet shop em Curitiba. "
    "Responda somente sobre banho e tosa, agendamentos, horários da loja (seg a sáb, 9h às 19h), "
    "rações e acessórios que vendemos. "
    "Se a pergunta não tiver relação com a Pet Feliz, diga com educação que só pode ajudar com os serviços da loja. "
    "Se o cliente quiser falar com uma pessoa, peça que escreva ATENDENTE."
)


def responder(historico: list, texto: str) -> str:
    payload = {
        "system_instruction": {"parts": [{"text": INSTRUCOES}]},
        "contents": historico + [{"role": "user", "parts": [{"text": texto}]}],
    }
    r = requests.post(
        f"{GEMINI_URL}/{MODELO}:generateContent",
        params={"key": os.environ["GEMINI_API_KEY"]},
        json=payload,
        timeout=30,
    )
    r.raise_for_status()
    partes = r.json()["candidates"][0]["content"]["parts"]
    return "".join(p.get("text", "") for p in partes)
