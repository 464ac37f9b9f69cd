import os

from google import genai
from google.genai import types
from openai import OpenAI
from whatsapp_chatbot_python import GreenAPIBot, Notification

bot = GreenAPIBot(os.environ["ID_INSTANCE"], os.environ["API_TOKEN_INSTANCE"])
gemini = genai.Client()
openai_client = OpenAI()

PROMPT = (
    "أنت مساعد واتساب لمطعم الياسمين في عمّان. "
    "أجب فقط عن أسئلة الحجوزات وقائمة الطعام وساعات العمل والتوصيل. "
    "إذا كان السؤال خارج هذه المواضيع فاعتذر بلطف. "
    "إذا طلب العميل التحدث مع موظف فقل له إننا سنحوله إلى فريق الخدمة."
)
STAFF_CHAT = os.environ.get("STAFF_CHAT_ID", "962790000000@c.us")


@bot.router.message(type_message="textMessage")
def on_text(notification: Notification) -> None:
    text = notification.message_text or ""
    if "موظف" in text:
        bot.api.sending.sendMessage(STAFF_CHAT, f"العميل {notification.chat} يطلب موظفًا")
        notification.answer("سيتواصل معك أحد موظفينا قريبًا.")
        return
    response = gemini.models.generate_content(
        model="gemini-2.0-flash",
        contents=text,
        config=types.GenerateContentConfig(system_instruction=PROMPT),
    )
    notification.answer(response.text)


@bot.router.message(command="feedback")
def on_feedback(notification: Notification) -> None:
    thread = openai_client.beta.threads.create(messages=[{"role": "user", "content": notification.message_text}])
    run = openai_client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=os.environ["ASSISTANT_ID"])
    #                                     ^^^^^^^^^^^^^^^ code/unresolved-prompt
    notification.answer(run.status)


bot.run_forever()
