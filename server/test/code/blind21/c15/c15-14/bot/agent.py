import requests
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from .bitrix import hand_to_manager
from .config import build_system_prompt, load_config

CFG = load_config()
SYSTEM = build_system_prompt(CFG)

paused: set[str] = set()  # чаты, которые ведёт менеджер
_history: dict[str, list] = {}


def make_tools(chat_id: str, sender_name: str):
    @tool
    def check_stock(query: str) -> str:
        """Наличие и цена запчасти по артикулу, VIN или описанию."""
        r = requests.get(f"{CFG['shop']['site']}/api/stock", params={"q": query}, timeout=10)
        return r.text[:3000]

    @tool
    def call_operator(summary: str) -> str:
        """Передать диалог живому менеджеру магазина. summary — суть вопроса клиента."""
        phone = chat_id.split("@")[0]
        lead_id = hand_to_manager(phone, sender_name, summary)
        paused.add(chat_id)
        return f"передано менеджеру, лид {lead_id}"

    return [check_stock, call_operator]


def reply(chat_id: str, sender_name: str, text: str) -> str:
    tools = make_tools(chat_id, sender_name)
    llm = ChatOpenAI(model=CFG["model"], temperature=CFG["temperature"]).bind_tools(tools)
    by_name = {t.name: t for t in tools}

    hist = _history.setdefault(chat_id, [])
    hist.append(HumanMessage(text))
    messages = [SystemMessage(SYSTEM), *hist[-14:]]

    for _ in range(4):
        ai: AIMessage = llm.invoke(messages)
        messages.append(ai)
        if not ai.tool_calls:
            hist.append(ai)
            return ai.content
        for call in ai.tool_calls:
            out = by_name[call["name"]].invoke(call["args"])
            messages.append(ToolMessage(content=str(out), tool_call_id=call["id"]))
    return "Извините, не получилось ответить. Попробуйте ещё раз."
