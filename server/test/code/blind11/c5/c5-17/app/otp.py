import os
import secrets

import redis
from flask import Flask, jsonify, request
from twilio.rest import Client

app = Flask(__name__)
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
twilio = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ["TWILIO_WHATSAPP_FROM"]  # whatsapp:+1...
CONTENT_SID = os.environ["OTP_CONTENT_SID"]  # approved authentication template


@app.post("/otp/send")
def send_otp():
    phone = request.json["phone"]
    code = f"{secrets.randbelow(1_000_000):06d}"
    r.setex(f"otp:{phone}", 300, code)
    twilio.messages.create(
        from_=FROM,
        to=f"whatsapp:{phone}",
        content_sid=CONTENT_SID,
        content_variables=f'{{"1": "{code}"}}',
    )
    return jsonify(sent=True)


@app.post("/otp/verify")
def verify_otp():
    phone, code = request.json["phone"], request.json["code"]
    stored = r.get(f"otp:{phone}")
    ok = stored is not None and secrets.compare_digest(stored.decode(), code)
    if ok:
        r.delete(f"otp:{phone}")
    return jsonify(valid=ok), (200 if ok else 401)
