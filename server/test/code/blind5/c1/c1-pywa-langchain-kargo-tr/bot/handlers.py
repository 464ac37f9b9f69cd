import json
import os

import redis
from pywa import WhatsApp, types

from .chain import cevapla

r = redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))

TEMSILCI_KELIMELERI = {"temsilci", "yetkili", "canlı destek", "insan"}


def _gecmis(wa_id: str) -> list[tuple[str, str]]:
    raw = r.get(f"hist:{wa_id}")
    return json.loads(raw) if raw else []


def mesaj_isle(client: WhatsApp, msg: types.Message) -> None:
    wa_id = msg.from_user.wa_id
    metin = (msg.text or "").strip()

    # temsilci modundaysa bot susar, destek panelindeki ekip yanıtlar
    if r.get(f"human:{wa_id}") == b"1":
        r.rpush("agent_inbox", json.dumps({"wa_id": wa_id, "text": metin}))
        return

    if metin.lower() in TEMSILCI_KELIMELERI:
        r.set(f"human:{wa_id}", "1", ex=60 * 60 * 4)
        r.rpush("agent_inbox", json.dumps({"wa_id": wa_id, "text": metin, "event": "handoff"}))
        msg.reply_text("Sizi müşteri temsilcimize aktarıyorum. Mesai saatlerinde (09:00–18:00) en geç 15 dakika içinde dönüş yapılacaktır.")
        return

    gecmis = _gecmis(wa_id)
    cevap = cevapla(metin, gecmis)
    gecmis += [("user", metin), ("assistant", cevap)]
    r.set(f"hist:{wa_id}", json.dumps(gecmis[-20:]), ex=60 * 60 * 24)
    msg.reply_text(cevap)
