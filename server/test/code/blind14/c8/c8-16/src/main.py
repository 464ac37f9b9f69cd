import re
from collections import defaultdict, deque

from fastapi import FastAPI, Request, BackgroundTasks
from openai import AsyncOpenAI

from .settings import settings
from .wati import send_session_message, assign_operator

app = FastAPI()
llm = AsyncOpenAI(api_key=settings.openai_api_key)
history: dict[str, deque] = defaultdict(lambda: deque(maxlen=12))

HANDOFF = re.compile(r"^\s*(agent|human|manager|insaan|call me)\b", re.I)


async def handle(wa_id: str, text: str):
    if HANDOFF.search(text):
        ok = await assign_operator(wa_id, settings.wati_agent_email)
        msg = (
            "Done ✅ Aapki chat hamari sales team ko assign kar di hai, woh isi chat pe reply karenge (Mon–Sat 10am–8pm)."
            if ok
            else "Sorry, abhi transfer nahi ho paaya. Please call karein 011-4150 7733 (10am–8pm)."
        )
        await send_session_message(wa_id, msg)
        return

    h = history[wa_id]
    h.append({"role": "user", "content": text})
    resp = await llm.chat.completions.create(
        model=settings.openai_model,
        messages=[{"role": "system", "content": settings.system_prompt}, *h],
        temperature=0.3,
    )
    answer = resp.choices[0].message.content
    h.append({"role": "assistant", "content": answer})
    await send_session_message(wa_id, answer)


@app.post("/wati/webhook")
async def wati_webhook(req: Request, bg: BackgroundTasks):
    ev = await req.json()
    # WATI sends messages from operators too; only react to customer text
    if ev.get("eventType") == "message" and not ev.get("owner") and ev.get("type") == "text":
        bg.add_task(handle, ev["waId"], ev.get("text", ""))
    return {"ok": True}
