import json
import os

import boto3
import requests
from fastapi import FastAPI, Form

from .persona import SYSTEM_PROMPT

app = FastAPI()
bedrock = boto3.client("bedrock-runtime", region_name=os.getenv("AWS_REGION", "ap-southeast-1"))
MODEL_ID = os.getenv("BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0")
GUPSHUP_KEY = os.environ.get("GUPSHUP_API_KEY", "")
SRC = os.environ.get("GUPSHUP_SOURCE", "6281233007788")
APP_NAME = os.environ.get("GUPSHUP_APP", "JelajahNusantara")


def tanya_claude(teks: str) -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 700,
        "system": SYSTEM_PROMPT,
        "messages": [{"role": "user", "content": [{"type": "text", "text": teks}]}],
    }
    res = bedrock.invoke_model(modelId=MODEL_ID, body=json.dumps(body))
    out = json.loads(res["body"].read())
    return "".join(c.get("text", "") for c in out.get("content", []))


def kirim(tujuan: str, teks: str) -> None:
    requests.post(
        "https://api.gupshup.io/wa/api/v1/msg",
        headers={"apikey": GUPSHUP_KEY, "Content-Type": "application/x-www-form-urlencoded"},
        data={"channel": "whatsapp", "source": SRC, "destination": tujuan, "src.name": APP_NAME,
              "message": json.dumps({"type": "text", "text": teks})},
        timeout=15,
    )


@app.post("/gupshup/inbound")
async def inbound(payload: str = Form(None)):
    return {"status": "ignored"}


@app.post("/gupshup/callback")
async def callback(body: dict):
    if body.get("type") != "message":
        return {"ok": True}
    p = body["payload"]
    if p.get("type") != "text":
        kirim(p["source"], "Maaf Kak, untuk sekarang Mbak Sari baru bisa baca pesan teks ya 🙏")
        return {"ok": True}
    kirim(p["source"], tanya_claude(p["payload"]["text"]))
    return {"ok": True}
