import os
from collections import defaultdict, deque

from dotenv import load_dotenv
from flask import Flask, request
from google import genai
from heyoo import WhatsApp

from persona import PERSONA

load_dotenv()

app = Flask(__name__)
wa = WhatsApp(os.getenv("WHATSAPP_TOKEN"), phone_number_id=os.getenv("PHONE_NUMBER_ID"))
gemini = genai.Client(api_key=os.getenv("GEMINI_API_KEY"))
VERIFY_TOKEN = os.getenv("VERIFY_TOKEN", "kakpintar123")

riwayat = defaultdict(lambda: deque(maxlen=10))


def tanya_gemini(nomor: str, pesan: str) -> str:
    obrolan = "\n".join(riwayat[nomor])
    prompt = f"{PERSONA}\n\nObrolan sebelumnya:\n{obrolan}\n\nAdik: {pesan}\nKak Pintar:"
    res = gemini.models.generate_content(model="gemini-2.0-flash", contents=prompt)
    jawaban = (res.text or "").strip()
    riwayat[nomor].append(f"Adik: {pesan}")
    riwayat[nomor].append(f"Kak Pintar: {jawaban}")
    return jawaban


@app.route("/webhook", methods=["GET"])
def verifikasi():
    if request.args.get("hub.verify_token") == VERIFY_TOKEN:
        return request.args.get("hub.challenge")
    return "token salah", 403


@app.route("/webhook", methods=["POST"])
def terima():
    data = request.get_json()
    if not wa.is_message(data):
        return "ok"
    nomor = wa.get_mobile(data)
    tipe = wa.get_message_type(data)
    if tipe != "text":
        wa.send_message("Maaf dek, Kak Pintar baru bisa baca pesan teks. Foto soalnya diketik dulu ya 🙏", nomor)
        return "ok"
    pesan = wa.get_message(data)
    try:
        jawaban = tanya_gemini(nomor, pesan)
    except Exception as e:  # noqa: BLE001
        print("gemini error", e)
        jawaban = "Aduh, Kak Pintar lagi error sebentar. Coba kirim lagi ya dek."
    # whatsapp max 4096 char
    for i in range(0, len(jawaban), 4000):
        wa.send_message(jawaban[i:i + 4000], nomor)
    return "ok"


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", 5000)))
