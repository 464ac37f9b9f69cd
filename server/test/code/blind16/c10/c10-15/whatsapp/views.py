import json

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from openai import OpenAI

from .flex import client as twilio_client, hand_to_flex
from .prompts import ASSISTANT_PROMPT, CONNECT_AGENT_TOOL

llm = OpenAI()


def _history(conversation_sid: str, limit: int = 12):
    msgs = twilio_client.conversations.v1.conversations(conversation_sid).messages.list(order="desc", limit=limit)
    out = []
    for m in reversed(msgs):
        out.append({"role": "assistant" if m.author == "kwiki" else "user", "content": m.body or ""})
    return out


@csrf_exempt
def conversations_webhook(request):
    if request.POST.get("EventType") != "onMessageAdded" or request.POST.get("Author") == "kwiki":
        return HttpResponse(status=200)
    sid = request.POST["ConversationSid"]
    conv = twilio_client.conversations.v1.conversations(sid).fetch()
    if json.loads(conv.attributes or "{}").get("bot") == "off":
        return HttpResponse(status=200)

    r = llm.chat.completions.create(
        model=settings.OPENAI_MODEL,
        messages=[{"role": "system", "content": ASSISTANT_PROMPT}, *_history(sid)],
        tools=[CONNECT_AGENT_TOOL],
    )
    msg = r.choices[0].message
    if msg.tool_calls:
        reason = json.loads(msg.tool_calls[0].function.arguments).get("reason", "other")
        hand_to_flex(sid, request.POST.get("Author", ""), reason)
        body = "I'm connecting you to a KwikBank agent now. Please stay in this chat."
    else:
        body = msg.content
    twilio_client.conversations.v1.conversations(sid).messages.create(author="kwiki", body=body)
    return HttpResponse(status=200)
