import os
from openai import OpenAI

from .prompts import system_prompt

_client = OpenAI()
MODEL = os.getenv("OPENAI_MODEL", "gpt-4o-mini")


def responder(historico: list[dict], nome: str | None) -> str:
    msgs = [{"role": "system", "content": system_prompt(nome)}] + historico[-12:]
    r = _client.chat.completions.create(model=MODEL, messages=msgs, temperature=0.3, max_tokens=350)
    return r.choices[0].message.content.strip()
