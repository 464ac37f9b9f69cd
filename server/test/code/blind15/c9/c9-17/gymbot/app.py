import os
from collections import defaultdict

from flask import Flask, request

from gymbot import store
from gymbot.d360 import send_text
from gymbot.llm import ask

app = Flask(__name__)
HISTORY: dict[str, list[dict]] = defaultdict(list)
RECEPCION = os.getenv("RECEPCION_WA", "5218116047723")  # celular de recepción San Pedro


@app.post("/webhook")
def webhook():
    data = request.get_json(force=True)
    for entry in data.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch["value"].get("messages", []):
                if m.get("type") != "text":
                    continue
                wa_id, text = m["from"], m["text"]["body"].strip()

                if wa_id == RECEPCION and text.lower().startswith("fin "):
                    store.end_handoff(text.split()[1])
                    continue
                if store.in_handoff(wa_id):
                    continue
                if text.upper() == "ASESOR":
                    store.start_handoff(wa_id)
                    send_text(RECEPCION, f"🙋 {wa_id} pidió asesor. Escríbele directo desde el WhatsApp Business de recepción. Cuando acabes manda: fin {wa_id}")
                    send_text(wa_id, "Listo, ya avisé a recepción. Una persona del equipo te escribe en unos minutos 🙌")
                    continue

                HISTORY[wa_id].append({"role": "user", "content": text})
                reply = ask(HISTORY[wa_id])
                HISTORY[wa_id].append({"role": "assistant", "content": reply})
                send_text(wa_id, reply)
    return "ok"
