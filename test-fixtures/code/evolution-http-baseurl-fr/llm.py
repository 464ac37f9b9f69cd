import os

import requests

API_BASE = os.getenv("LLM_BASE_URL", "https://openrouter.ai/api/v1")
CONSIGNE = "Tu es un assistant polyvalent : réponds à toutes les questions, quel que soit le sujet."
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
historiques: dict[str, list] = {}


def repondre(numero: str, texte: str) -> str:
    fil = historiques.setdefault(numero, [])
    fil.append({"role": "user", "content": texte})
    corps = {"model": "mistralai/mistral-small", "messages": [{"role": "system", "content": CONSIGNE}] + fil[-12:]}
    r = requests.post(f"{API_BASE}/chat/completions", json=corps, timeout=60)
    texte_ia = r.json()["choices"][0]["message"]["content"]
    fil.append({"role": "assistant", "content": texte_ia})
    return texte_ia
