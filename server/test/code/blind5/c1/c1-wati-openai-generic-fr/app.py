from flask import Flask, request

from services import llm, wati

app = Flask(__name__)
historiques: dict[str, list[dict]] = {}
chez_conseiller: set[str] = set()

MOTS_CONSEILLER = ("conseiller", "humain", "une personne", "agent")


@app.post("/wati")
def webhook():
    evt = request.get_json(force=True)
    if evt.get("owner") or evt.get("type") != "text":
        return "", 200

    wa_id, texte = evt["waId"], (evt.get("text") or "").strip()
    if wa_id in chez_conseiller:
        return "", 200

    if any(m in texte.lower() for m in MOTS_CONSEILLER):
        wati.assign_operator(wa_id)
        chez_conseiller.add(wa_id)
        wati.send_text(wa_id, "Je vous mets en relation avec un conseiller, il vous répond ici dans quelques minutes.")
        return "", 200

    hist = historiques.setdefault(wa_id, [])
    reponse = llm.repondre(hist, texte)
    hist += [{"role": "user", "content": texte}, {"role": "assistant", "content": reponse}]
    wati.send_text(wa_id, reponse)
    return "", 200
