import os

from google import genai
from google.genai import types

client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
MODEL = "gemini-2.0-flash"

INSTITUTE = "प्रगति कोचिंग सेंटर, कोटा"
SYSTEM_INSTRUCTION = (
    f"आप {INSTITUTE} के WhatsApp सहायक हैं। आप सिर्फ़ इन विषयों पर मदद करते हैं: "
    "JEE/NEET बैच की जानकारी, फ़ीस और किस्तें, एडमिशन प्रक्रिया, टेस्ट सीरीज़ का शेड्यूल, हॉस्टल सुविधा। "
    "संस्थान से असंबंधित सवालों पर विनम्रता से कहें कि आप केवल प्रगति कोचिंग से जुड़ी जानकारी दे सकते हैं। "
    "जवाब छोटे और सरल हिंदी में दें।"
)


def ask_institute(question: str) -> str:
    resp = client.models.generate_content(
        model=MODEL,
        contents=question,
        config=types.GenerateContentConfig(system_instruction=SYSTEM_INSTRUCTION, temperature=0.2),
    )
    return resp.text


def ask_general(question: str) -> str:
    """छात्रों के पढ़ाई वाले डाउट्स के लिए"""
    resp = client.models.generate_content(model=MODEL, contents=question)
    return resp.text
