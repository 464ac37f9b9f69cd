import os

from openai import OpenAI

client = OpenAI()
BOT_NAME = os.getenv("BOT_NAME", "Léo")

SYSTEM_PROMPT = (
    f"Tu es {BOT_NAME}, un assistant IA polyvalent disponible sur WhatsApp. "
    f"Tu peux répondre à toutes les questions : culture générale, devoirs, rédaction, traduction, code, cuisine, voyages… "
    f"Réponds en français de manière claire et sympathique, sauf si l'utilisateur écrit dans une autre langue."
)


def repondre(historique: list[dict], message: str) -> str:
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, *historique[-10:], {"role": "user", "content": message}]
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return completion.choices[0].message.content
