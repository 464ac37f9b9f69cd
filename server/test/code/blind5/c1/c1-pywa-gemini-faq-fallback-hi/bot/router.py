from .gemini import ask_general, ask_institute

FEES_TEXT = (
    "💰 फ़ीस विवरण (2025-26):\n"
    "• JEE ईयरलॉन्ग: ₹1,45,000\n• NEET ईयरलॉन्ग: ₹1,35,000\n"
    "3 किस्तों में भुगतान संभव है।"
)
BATCH_TEXT = "📚 नए बैच 7 अप्रैल और 5 मई से शुरू हो रहे हैं। सुबह (7–11) और शाम (3–7) दोनों शिफ़्ट उपलब्ध हैं।"


def _fees(_: str) -> str:
    return FEES_TEXT


def _batch(_: str) -> str:
    return BATCH_TEXT


ROUTES = {
    "फ़ीस": _fees,
    "फीस": _fees,
    "fees": _fees,
    "बैच": _batch,
    "batch": _batch,
    "एडमिशन": ask_institute,
    "admission": ask_institute,
    "हॉस्टल": ask_institute,
    "टेस्ट": ask_institute,
}


def route(text: str) -> str:
    lowered = text.lower()
    for keyword, handler in ROUTES.items():
        if keyword in lowered:
            return handler(text)
    # कोई कीवर्ड नहीं मिला: शायद छात्र का पढ़ाई से जुड़ा डाउट है
    return ask_general(text)
