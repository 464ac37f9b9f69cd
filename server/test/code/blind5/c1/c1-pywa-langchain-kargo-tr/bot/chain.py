from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_openai import ChatOpenAI

SISTEM = (
    "Sen Hızlı Kargo'nun WhatsApp müşteri asistanısın. "
    "Yalnızca şu konularda yardımcı ol: gönderi takibi (takip numarası ile), teslimat süreleri, "
    "şube adresleri ve çalışma saatleri, kargo ücretleri, iade ve hasarlı gönderi başvurusu. "
    "Kısa, nazik ve Türkçe cevap ver. Takip numarası 12 haneli olmalıdır; eksikse müşteriden iste. "
    "Hızlı Kargo dışındaki konularda (genel kültür, ödev, kod yazma vb.) yardım edemeyeceğini kibarca söyle. "
    "Müşteri bir yetkiliyle görüşmek isterse 'temsilci' yazmasını söyle."
)

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", SISTEM),
        MessagesPlaceholder("gecmis"),
        ("human", "{soru}"),
    ]
)

chain = prompt | ChatOpenAI(model="gpt-4o-mini", temperature=0.2)


def cevapla(soru: str, gecmis: list[tuple[str, str]]) -> str:
    mesajlar = []
    for rol, metin in gecmis[-10:]:
        mesajlar.append(HumanMessage(metin) if rol == "user" else AIMessage(metin))
    return chain.invoke({"soru": soru, "gecmis": mesajlar}).content
