import os

from agents import Agent, Runner, WebSearchTool
from fastapi import FastAPI, Request, Response

from .instructions import INSTRUCTIONS_AR
from .tools import r, request_agent, search_listings
from .wa import send_text

app = FastAPI()

reem = Agent(
    name="Reem - Dar Gulf",
    instructions=INSTRUCTIONS_AR,
    model="gpt-4.1-mini",
    tools=[search_listings, request_agent, WebSearchTool(user_location={"type": "approximate", "city": "Dubai"})],
)

sessions: dict[str, list] = {}


@app.get("/wa")
def verify(request: Request):
    q = request.query_params
    if q.get("hub.mode") == "subscribe" and q.get("hub.verify_token") == os.getenv("WA_VERIFY_TOKEN"):
        return Response(q.get("hub.challenge"), media_type="text/plain")
    return Response(status_code=403)


@app.post("/wa")
async def inbound(request: Request):
    data = await request.json()
    value = data.get("entry", [{}])[0].get("changes", [{}])[0].get("value", {})
    for msg in value.get("messages", []):
        if msg.get("type") != "text":
            continue
        wa_id = msg["from"]
        if r.exists(f"human:{wa_id}"):
            continue  # الوسيط يتابع المحادثة
        history = sessions.get(wa_id, [])
        result = await Runner.run(reem, history + [{"role": "user", "content": msg["text"]["body"]}],
                                  context={"wa_id": wa_id})
        sessions[wa_id] = result.to_input_list()[-20:]
        send_text(wa_id, result.final_output)
    return {"status": "ok"}
