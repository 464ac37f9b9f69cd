import os
from collections import defaultdict

from dotenv import load_dotenv
from flask import Flask
from pywa import WhatsApp, filters
from pywa.types import Message

from .llm import antwoord

load_dotenv()

flask_app = Flask(__name__)
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=flask_app,
    callback_url=os.environ["CALLBACK_URL"],
    verify_token=os.environ["WA_VERIFY_TOKEN"],
    app_id=int(os.environ["WA_APP_ID"]),
    app_secret=os.environ["WA_APP_SECRET"],
)

gesprekken: dict[str, list[dict]] = defaultdict(list)
mislukt: dict[str, int] = defaultdict(int)
MAX_MISLUKT = 2

KLANTENSERVICE = (
    "Het lukt me niet goed om je hiermee te helpen, sorry! Bel gerust met onze klantenservice: "
    "038 421 77 00 (ma–vr 8.30–17.00). Een medewerker helpt je dan verder. "
    "Bij spoed buiten kantoortijd: storingsdienst 038 421 77 99."
)


def _onbegrepen(tekst: str) -> bool:
    t = tekst.lower()
    return not t or "begrijp" in t and "niet" in t or "kan ik niet" in t


@wa.on_message(filters.text)
def op_bericht(client: WhatsApp, msg: Message):
    nr = msg.from_user.wa_id
    if msg.text.strip().lower() in {"medewerker", "mens", "bellen"}:
        msg.reply_text(KLANTENSERVICE)
        return

    gesprekken[nr].append({"role": "user", "content": msg.text})
    tekst = antwoord(nr, gesprekken[nr])

    if _onbegrepen(tekst):
        mislukt[nr] += 1
        if mislukt[nr] >= MAX_MISLUKT:
            mislukt[nr] = 0
            msg.reply_text(KLANTENSERVICE)
            return
        tekst = tekst or "Sorry, dat begreep ik niet helemaal. Kun je het anders omschrijven?"
    else:
        mislukt[nr] = 0

    gesprekken[nr].append({"role": "assistant", "content": tekst})
    msg.reply_text(tekst)


@wa.on_message(filters.image)
def foto(client: WhatsApp, msg: Message):
    msg.reply_text("Dank je voor de foto! Beschrijf er nog kort bij wat er kapot is en op welk adres.")


if __name__ == "__main__":
    flask_app.run(port=8080)
