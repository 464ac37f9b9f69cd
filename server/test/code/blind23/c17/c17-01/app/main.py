import json
import os
from pathlib import Path

from dotenv import load_dotenv
from flask import Flask
from openai import OpenAI
from pywa import WhatsApp, filters
from pywa.types import Message

from .handoff import transferir_para_equipe
from .store import catalogo_resumido, conversa_chatwoot, historico, salvar, agendar, pedido

load_dotenv()
app = Flask(__name__)
wa = WhatsApp(
    phone_id=os.environ["WA_PHONE_ID"],
    token=os.environ["WA_TOKEN"],
    server=app,
    verify_token=os.environ["WA_VERIFY_TOKEN"],
)
llm = OpenAI()
SISTEMA = (Path(__file__).parent / "prompts" / "sistema.md").read_text(encoding="utf-8")

TOOLS = [
    {"type": "function", "function": {"name": "agendar_banho", "description": "Agenda banho/tosa",
        "parameters": {"type": "object", "properties": {"pet": {"type": "string"}, "data": {"type": "string"},
                       "loja": {"type": "string", "enum": ["batel", "agua_verde"]}}, "required": ["pet", "data", "loja"]}}},
    {"type": "function", "function": {"name": "status_pedido", "description": "Status do pedido de delivery",
        "parameters": {"type": "object", "properties": {"numero": {"type": "string"}}, "required": ["numero"]}}},
    {"type": "function", "function": {"name": "falar_com_humano", "description": "Transfere o cliente para a equipe da loja",
        "parameters": {"type": "object", "properties": {"motivo": {"type": "string"}}, "required": ["motivo"]}}},
]


def executar(nome: str, args: dict, wa_id: str) -> str:
    if nome == "agendar_banho":
        return agendar(wa_id, **args)
    if nome == "status_pedido":
        return pedido(args["numero"])
    if nome == "falar_com_humano":
        return transferir_para_equipe(conversa_chatwoot(wa_id), args.get("motivo", ""))
    return "ferramenta desconhecida"


@wa.on_message(filters.text)
def ao_receber(_: WhatsApp, msg: Message):
    msgs = [{"role": "system", "content": SISTEMA.format(catalogo=catalogo_resumido())}]
    msgs += historico(msg.from_user.wa_id)
    msgs.append({"role": "user", "content": msg.text})
    for _ in range(3):
        r = llm.chat.completions.create(model=os.getenv("OPENAI_MODEL", "gpt-4o-mini"), messages=msgs, tools=TOOLS)
        choice = r.choices[0].message
        if not choice.tool_calls:
            break
        msgs.append(choice)
        for call in choice.tool_calls:
            out = executar(call.function.name, json.loads(call.function.arguments), msg.from_user.wa_id)
            msgs.append({"role": "tool", "tool_call_id": call.id, "content": out})
    salvar(msg.from_user.wa_id, msg.text, choice.content)
    msg.reply_text(choice.content or "Desculpa, me perdi aqui. Pode repetir?")
