from pathlib import Path

from langchain_core.chat_history import InMemoryChatMessageHistory
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables.history import RunnableWithMessageHistory
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from . import crm

SYSTEM = (Path(__file__).parent.parent / "prompts" / "avtodoktor.md").read_text(encoding="utf-8")


@tool
def free_slots(date: str, service: str) -> list[str]:
    """Свободные окна на дату (YYYY-MM-DD) для услуги."""
    return crm.free_slots(date, service)


@tool
def book_slot(date: str, time: str, service: str, car: str, phone: str) -> dict:
    """Записать клиента на услугу."""
    return crm.book(date, time, service, car, phone)


llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2).bind_tools([free_slots, book_slot])
prompt = ChatPromptTemplate.from_messages(
    [("system", SYSTEM.replace("{", "{{").replace("}", "}}")), MessagesPlaceholder("history"), ("human", "{input}")]
)

_store: dict[str, InMemoryChatMessageHistory] = {}


def _get(session_id: str) -> InMemoryChatMessageHistory:
    return _store.setdefault(session_id, InMemoryChatMessageHistory())


chain = RunnableWithMessageHistory(prompt | llm, _get, input_messages_key="input", history_messages_key="history")
TOOLS = {"free_slots": free_slots, "book_slot": book_slot}


def answer(chat_id: str, text: str) -> str:
    cfg = {"configurable": {"session_id": chat_id}}
    msg = chain.invoke({"input": text}, config=cfg)
    hops = 0
    while msg.tool_calls and hops < 3:
        results = [f"{c['name']}: {TOOLS[c['name']].invoke(c['args'])}" for c in msg.tool_calls]
        msg = chain.invoke({"input": "Результаты инструментов:\n" + "\n".join(results)}, config=cfg)
        hops += 1
    return msg.content
