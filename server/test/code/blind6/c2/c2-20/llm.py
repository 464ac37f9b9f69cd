import os

import ollama

MODELE = os.getenv("OLLAMA_MODEL", "mistral")
client = ollama.Client(host=os.getenv("OLLAMA_HOST", "http://localhost:11434"))

_historiques: dict[str, list[dict]] = {}


def discuter(chat_id: str, prenom: str, texte: str) -> str:
    systeme = (
        f"Tu es un assistant IA sympathique qui discute avec {prenom} sur WhatsApp. "
        f"Réponds à toutes ses questions, quel que soit le sujet, en français et de façon naturelle. "
        f"Tutoie {prenom} et garde des réponses courtes."
    )
    hist = _historiques.setdefault(chat_id, [])
    hist.append({"role": "user", "content": texte})
    rep = client.chat(
        model=MODELE,
        messages=[{"role": "system", "content": systeme}, *hist[-12:]],
    )
    contenu = rep["message"]["content"]
    hist.append({"role": "assistant", "content": contenu})
    return contenu
