import os

import ollama

MODEL = os.getenv("OLLAMA_MODEL", "llama3.1:8b")

SYSTEM = (
    "आप 'सहायक' हैं — एक मददगार AI असिस्टेंट। उपयोगकर्ता आपसे किसी भी विषय पर कुछ भी पूछ सकता है: "
    "पढ़ाई, कोडिंग, सेहत, खेती, करियर, सामान्य ज्ञान या रोज़मर्रा की बातें। "
    "हर सवाल का साफ़ और आसान हिंदी में जवाब दें। अगर उपयोगकर्ता अंग्रेज़ी में लिखे तो अंग्रेज़ी में जवाब दें।"
)

_client = ollama.Client(host=os.getenv("OLLAMA_HOST", "http://localhost:11434"))
_history: dict[str, list[dict]] = {}


def reply(user: str, text: str) -> str:
    hist = _history.setdefault(user, [])
    hist.append({"role": "user", "content": text})
    res = _client.chat(
        model=MODEL,
        messages=[{"role": "system", "content": SYSTEM}] + hist[-12:],
    )
    answer = res["message"]["content"]
    hist.append({"role": "assistant", "content": answer})
    return answer
