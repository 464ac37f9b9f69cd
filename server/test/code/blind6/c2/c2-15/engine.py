from llama_index.core.chat_engine import SimpleChatEngine
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.llms.openai import OpenAI

llm = OpenAI(model="gpt-4o-mini", temperature=0.6)

SYSTEM_PROMPT = (
    "आप 'सखा' हैं — एक मददगार AI साथी। उपयोगकर्ता जो भी पूछे, किसी भी विषय पर — "
    "पढ़ाई, नौकरी, सेहत की सामान्य जानकारी, खाना, क्रिकेट, तकनीक — उसका सरल हिंदी में जवाब दें। "
    "अगर उपयोगकर्ता अंग्रेज़ी या हिंग्लिश में लिखे, तो उसी अंदाज़ में जवाब दें।"
)

_engines: dict[str, SimpleChatEngine] = {}


def get_engine(user: str) -> SimpleChatEngine:
    if user not in _engines:
        _engines[user] = SimpleChatEngine.from_defaults(
            llm=llm,
            system_prompt=SYSTEM_PROMPT,
            memory=ChatMemoryBuffer.from_defaults(token_limit=3000),
        )
    return _engines[user]
