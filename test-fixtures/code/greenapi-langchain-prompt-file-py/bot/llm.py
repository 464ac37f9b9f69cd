from pathlib import Path

from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from .settings import settings

SYSTEM_PROMPT = Path(settings.prompt_file).read_text(encoding="utf-8")

llm = ChatOpenAI(model=settings.openai_model, temperature=settings.temperature)


def ask(text: str) -> str:
    reply = llm.invoke([SystemMessage(content=SYSTEM_PROMPT), HumanMessage(content=text)])
    #       ^^^^^^^^^^ flow/open-domain-llm
    return reply.content
