from langchain_openai import ChatOpenAI
from langgraph.checkpoint.memory import MemorySaver
from langgraph.prebuilt import create_react_agent

from .prompts import SYSTEM_PROMPT
from .tools import TOOLS, _current_wa_id

model = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)
graph = create_react_agent(model, TOOLS, prompt=SYSTEM_PROMPT, checkpointer=MemorySaver())


async def answer(wa_id: str, text: str) -> str:
    _current_wa_id["id"] = wa_id
    out = await graph.ainvoke(
        {"messages": [("user", text)]},
        config={"configurable": {"thread_id": wa_id}},
    )
    return out["messages"][-1].content
