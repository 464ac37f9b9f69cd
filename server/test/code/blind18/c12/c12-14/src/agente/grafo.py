import os

from langchain_community.tools.tavily_search import TavilySearchResults
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from langgraph.checkpoint.memory import MemorySaver
from langgraph.prebuilt import create_react_agent

from .prompts import ESPECIALISTA, PERSONA

llm = ChatOpenAI(model=os.getenv("MODELO", "gpt-4o-mini"), temperature=0.5)
busca = TavilySearchResults(max_results=3)


@tool
def transferir_para_especialista(pergunta: str) -> str:
    """Encaminha a pergunta ao agente Especialista Financeiro e devolve a resposta dele."""
    resp = llm.invoke([("system", ESPECIALISTA), ("user", pergunta)])
    return resp.content


agente = create_react_agent(
    llm,
    tools=[busca, transferir_para_especialista],
    state_modifier=PERSONA,
    checkpointer=MemorySaver(),
)


async def responder(wa_id: str, texto: str) -> str:
    out = await agente.ainvoke(
        {"messages": [("user", texto)]},
        config={"configurable": {"thread_id": wa_id}},
    )
    return out["messages"][-1].content
