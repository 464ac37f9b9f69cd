import json

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from openai import OpenAI

from waassist.instructions import INSTRUCTIONS
from waassist.services.freshdesk import open_callback_ticket
from waassist.services.whatsapp import send_text

client = OpenAI()
TOOLS = [{
    "type": "function",
    "name": "request_callback",
    "description": "Create a callback ticket for the Member Services team; a person phones the member back.",
    "parameters": {"type": "object", "properties": {"reason": {"type": "string"}}, "required": ["reason"]},
}]


@csrf_exempt
def webhook(request):
    if request.method == "GET":
        if request.GET.get("hub.verify_token") == settings.WA_VERIFY_TOKEN:
            return HttpResponse(request.GET.get("hub.challenge"))
        return HttpResponseForbidden()

    value = json.loads(request.body)["entry"][0]["changes"][0]["value"]
    for m in value.get("messages", []):
        if m["type"] != "text":
            continue
        wa_id, text = m["from"], m["text"]["body"]
        name = value["contacts"][0]["profile"]["name"]
        if cache.get(f"callback:{wa_id}"):
            send_text(wa_id, "Your callback request is with Member Services – they'll phone you shortly.")
            continue
        prev = cache.get(f"resp:{wa_id}")
        r = client.responses.create(
            model="gpt-4.1-mini", instructions=INSTRUCTIONS, input=text, tools=TOOLS, previous_response_id=prev
        )
        cache.set(f"resp:{wa_id}", r.id, 3600)
        call = next((o for o in r.output if o.type == "function_call"), None)
        if call and call.name == "request_callback":
            reason = json.loads(call.arguments)["reason"]
            tid = open_callback_ticket(wa_id, name, reason, text)
            cache.set(f"callback:{wa_id}", tid, 4 * 3600)
            send_text(wa_id, f"Thanks {name}. I've asked Member Services to call you (ref {tid}). Mon–Fri 8–18, Sat 9–13.")
        else:
            send_text(wa_id, r.output_text)
    return HttpResponse("ok")
