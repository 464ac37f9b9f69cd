from pathlib import Path
from langchain_openai import ChatOpenAI
from langchain_core.messages import SystemMessage, HumanMessage, AIMessage, ToolMessage

from .herramientas import make_tools, r

SISTEMA = Path(__file__).resolve().parent.parent.joinpath("prompts", "sistema.md").read_text(encoding="utf-8")
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)

_historial: dict[str, list] = {}


def responder(wa_id: str, texto: str) -> str | None:
    if r.get(f"humano:{wa_id}"):
        return None
    tools = make_tools(wa_id)
    by_name = {t.name: t for t in tools}
    hist = _historial.setdefault(wa_id, [])
    hist.append(HumanMessage(texto))
    msgs = [SystemMessage(content=SISTEMA), *hist[-12:]]
    modelo = llm.bind_tools(tools)
    for _ in range(4):
        ai = modelo.invoke(msgs)
        msgs.append(ai)
        if not ai.tool_calls:
            break
        for call in ai.tool_calls:
            out = by_name[call["name"]].invoke(call["args"])
            msgs.append(ToolMessage(content=str(out), tool_call_id=call["id"]))
    hist.append(AIMessage(ai.content))
    return ai.content
