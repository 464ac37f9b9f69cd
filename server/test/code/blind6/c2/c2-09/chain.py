from langchain_core.chat_history import InMemoryChatMessageHistory
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables.history import RunnableWithMessageHistory
from langchain_openai import ChatOpenAI

SYSTEME = (
    "Tu es l'assistant WhatsApp de la Mutuelle Horizon Santé (Lyon). "
    "Tu réponds uniquement aux questions des adhérents sur : les garanties et niveaux de remboursement "
    "(optique, dentaire, hospitalisation), l'envoi de justificatifs, le suivi des remboursements, "
    "la carte de tiers payant et les changements de situation (adresse, RIB, ayants droit). "
    "Tu ne donnes jamais d'avis médical et tu refuses poliment toute question sans rapport avec la mutuelle. "
    "Si l'adhérent souhaite parler à un conseiller ou si sa demande concerne une réclamation, indique-lui "
    "d'appeler le service adhérents au 04 72 00 45 45 (du lundi au vendredi, 8h30-18h) "
    "ou d'écrire à conseiller@horizon-sante.fr. "
    "Réponds en français, de manière concise et vouvoie toujours l'adhérent."
)

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", SYSTEME),
        MessagesPlaceholder(variable_name="historique"),
        ("human", "{question}"),
    ]
)

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)

_stores: dict[str, InMemoryChatMessageHistory] = {}


def _get_history(session_id: str) -> InMemoryChatMessageHistory:
    return _stores.setdefault(session_id, InMemoryChatMessageHistory())


chaine = RunnableWithMessageHistory(
    prompt | llm | StrOutputParser(),
    _get_history,
    input_messages_key="question",
    history_messages_key="historique",
)


def repondre(numero: str, question: str) -> str:
    return chaine.invoke({"question": question}, config={"configurable": {"session_id": numero}})
