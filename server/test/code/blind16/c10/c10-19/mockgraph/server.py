"""Records outbound messages so tests can assert on them. Never talks to Meta."""
import itertools

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

SENT: list[dict] = []
_ids = itertools.count(1)


async def messages(request: Request):
    body = await request.json()
    if body.get("messaging_product") != "whatsapp" or "to" not in body:
        return JSONResponse({"error": {"message": "(#100) Invalid parameter", "code": 100}}, status_code=400)
    SENT.append({"phone_number_id": request.path_params["pnid"], **body})
    return JSONResponse({
        "messaging_product": "whatsapp",
        "contacts": [{"input": body["to"], "wa_id": body["to"]}],
        "messages": [{"id": f"wamid.MOCK{next(_ids):06d}"}],
    })


async def reset(_: Request):
    SENT.clear()
    return JSONResponse({"ok": True})


app = Starlette(routes=[
    Route("/{version}/{pnid}/messages", messages, methods=["POST"]),
    Route("/_reset", reset, methods=["POST"]),
])
