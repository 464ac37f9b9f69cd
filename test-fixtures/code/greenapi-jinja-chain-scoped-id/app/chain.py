from jinja2 import Environment, FileSystemLoader
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

from .config import settings

templates = Environment(loader=FileSystemLoader("app/prompts"))
SYSTEM = templates.get_template("system.j2").render(shop_name=settings.shop_name)

prompt = ChatPromptTemplate.from_messages([("system", SYSTEM), ("human", "{pertanyaan}")])
chain = prompt | ChatOpenAI(model="gpt-4o-mini", temperature=0.2)


def jawab(pertanyaan: str) -> str:
    return chain.invoke({"pertanyaan": pertanyaan}).content
