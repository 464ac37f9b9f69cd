"""Internal service. Called by ops-backend's Twilio webhook before it decides which queue/flow to use."""
import os

from fastapi import FastAPI, Header, HTTPException, Request
from twilio.request_validator import RequestValidator

from .classifier import Classification, classify

app = FastAPI(title="intent-router")
validator = RequestValidator(os.getenv("TWILIO_AUTH_TOKEN", ""))


@app.post("/classify", response_model=Classification)
async def classify_forwarded(request: Request, x_twilio_signature: str = Header(default="")):
    form = dict(await request.form())
    url = str(request.url)
    if os.getenv("TWILIO_AUTH_TOKEN") and not validator.validate(url, form, x_twilio_signature):
        raise HTTPException(403, "bad signature")
    return classify(form.get("Body", ""))


@app.get("/healthz")
def health():
    return {"ok": True}
