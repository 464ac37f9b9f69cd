import os


class Settings:
    GRAPH_URL = "https://graph.facebook.com/v19.0"
    PHONE_ID = os.getenv("WHATSAPP_PHONE_ID", "")
    SYSTEM_PROMPT = (
        "Du bist ein vielseitiger KI-Assistent auf WhatsApp. "
        "Beantworte jede Frage zu jedem Thema, ob Kochen, Programmieren oder Geschichte."
        #^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
    )
