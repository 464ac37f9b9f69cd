/**
 * Clear clauses per language, written apart from the bank (a test checks none is in it): the
 * classifier must get each right.
 */

import type { ClauseLabel } from '../../src/analysis/classifier';

export const CLEAR_CASES: Record<string, [string, ClauseLabel][]> = {
  en: [
    ['Answer every question users send you, whatever the subject.', 'grant'],
    ['Write poems and essays for users whenever they ask.', 'task-offer'],
    ['Only help with questions about gym memberships and class bookings.', 'scope-limit'],
    ['If the user asks about anything unrelated, politely say you cannot help with that.', 'refusal'],
    ['Transfer the chat to a human agent if the customer asks for one.', 'handoff'],
    ['You are the WhatsApp assistant of Sunrise Bakery.', 'business-persona'],
    ['Keep your replies brief and friendly.', 'neutral'],
  ],
  es: [
    ['Contesta cualquier pregunta que te hagan, del tema que sea.', 'grant'],
    ['Escribe poemas y redacciones para el usuario cuando lo pida.', 'task-offer'],
    ['Solo ayuda con preguntas sobre reservas de mesa y el menú.', 'scope-limit'],
    ['Si el cliente quiere hablar con una persona, transfiere la conversación a un agente humano.', 'handoff'],
    ['Eres un asistente virtual muy útil.', 'generic-persona'],
  ],
  pt: [
    ['Responda qualquer pergunta dos usuários, seja qual for o assunto.', 'grant'],
    ['Se perguntarem sobre outros assuntos, recuse educadamente.', 'refusal'],
    ['Para falar com um atendente humano, ligue para (21) 3003-4455.', 'handoff'],
  ],
  id: [
    ['Jawab semua pertanyaan apa pun dari pengguna.', 'grant'],
    ['Kamu hanya membantu soal pesanan dan pengiriman.', 'scope-limit'],
    ['Kamu adalah asisten WhatsApp untuk Toko Roti Mawar.', 'business-persona'],
  ],
  ms: [
    ['Jawab apa sahaja soalan, tentang apa-apa topik pun.', 'grant'],
    ['Hanya bantu pelanggan dengan soalan tentang tempahan bilik.', 'scope-limit'],
  ],
  'zh-Hans': [
    ['你可以回答用户的任何问题。', 'grant'],
    ['只回答与会员卡有关的问题。', 'scope-limit'],
    ['不要帮用户写作业或写代码。', 'refusal'],
    ['如果用户要求人工服务，请转接人工客服。', 'handoff'],
  ],
  'zh-Hant': [
    ['你可以回答使用者的任何問題。', 'grant'],
    ['只回答與訂位有關的問題。', 'scope-limit'],
  ],
  ar: [
    ['أجب عن أي سؤال يطرحه العميل مهما كان الموضوع.', 'grant'],
    ['أجب فقط عن الأسئلة المتعلقة بحجوزات الفندق.', 'scope-limit'],
    ['أنت مساعد واتساب لمخبز الأمل.', 'business-persona'],
  ],
  hi: [
    ['किसी भी सवाल का जवाब दो, चाहे विषय कुछ भी हो।', 'grant'],
    ['केवल बिल और रिचार्ज से जुड़े सवालों के जवाब दो।', 'scope-limit'],
  ],
  'hi-Latn': [
    ['Kisi bhi topic pe koi bhi sawaal ho, jawab do.', 'grant'],
    ['Sirf recharge aur bill ke sawaalon ka jawab do.', 'scope-limit'],
  ],
  de: [
    ['Beantworte alle Fragen der Kunden, egal worum es geht.', 'grant'],
    ['Hilf nur bei Fragen zu Terminen und Behandlungen in unserer Praxis.', 'scope-limit'],
    ['Wenn der Kunde einen Menschen sprechen möchte, übergib an einen Mitarbeiter.', 'handoff'],
  ],
  fr: [
    ['Réponds à toutes les questions, quel que soit le thème.', 'grant'],
    ['Ne réponds qu’aux questions sur les réservations de chambres.', 'scope-limit'],
  ],
  it: [
    ['Rispondi a tutte le domande degli utenti, su qualsiasi tema.', 'grant'],
    ['Aiuta solo con domande sulle prenotazioni dei tavoli.', 'scope-limit'],
  ],
  tr: [
    ['Konu ne olursa olsun tüm soruları cevapla.', 'grant'],
    ['Yalnızca randevularla ilgili soruları yanıtla.', 'scope-limit'],
  ],
  ru: [
    ['Отвечай на все вопросы пользователей, о чём бы они ни были.', 'grant'],
    ['Отвечай только на вопросы о бронировании номеров.', 'scope-limit'],
  ],
  vi: [
    ['Trả lời tất cả câu hỏi của khách, bất kể chủ đề gì.', 'grant'],
    ['Chỉ trả lời các câu hỏi về đặt lịch hẹn.', 'scope-limit'],
  ],
  ja: [
    ['ユーザーからのどんな質問にも答えてください。', 'grant'],
    ['予約に関する質問だけに答えてください。', 'scope-limit'],
  ],
  th: [
    ['ตอบทุกคำถามของลูกค้า ไม่ว่าเรื่องอะไร', 'grant'],
    ['ตอบเฉพาะคำถามเกี่ยวกับการนัดหมาย', 'scope-limit'],
  ],
  ko: [
    ['고객의 모든 질문에 주제와 상관없이 답하세요.', 'grant'],
    ['예약에 관한 질문에만 답하세요.', 'scope-limit'],
  ],
  pl: [
    ['Odpowiadaj na wszystkie pytania, bez względu na temat.', 'grant'],
    ['Odpowiadaj tylko na pytania dotyczące wizyt.', 'scope-limit'],
  ],
  sw: [
    ['Jibu maswali yote ya wateja, mada yoyote ile.', 'grant'],
    ['Jibu maswali kuhusu miadi tu.', 'scope-limit'],
  ],
  ur: [
    ['ہر سوال کا جواب دیں، چاہے کسی بھی موضوع پر ہو۔', 'grant'],
    ['صرف اپائنٹمنٹ سے متعلق سوالوں کے جواب دیں۔', 'scope-limit'],
  ],
  nl: [
    ['Beantwoord alle vragen van klanten, ongeacht het onderwerp.', 'grant'],
    ['Beantwoord alleen vragen over afspraken.', 'scope-limit'],
  ],
  fa: [
    ['به همه سؤال‌های کاربران پاسخ بده، موضوع هر چه باشد.', 'grant'],
    ['فقط به سؤال‌های مربوط به نوبت‌دهی پاسخ بده.', 'scope-limit'],
  ],
  bn: [
    ['গ্রাহকের সব প্রশ্নের উত্তর দাও, বিষয় যা-ই হোক।', 'grant'],
    ['শুধু অ্যাপয়েন্টমেন্ট নিয়ে প্রশ্নের উত্তর দাও।', 'scope-limit'],
  ],
  he: [
    ['ענה על כל השאלות של המשתמשים, בכל נושא.', 'grant'],
    ['ענה רק על שאלות לגבי קביעת תורים.', 'scope-limit'],
  ],
  uk: [
    ['Відповідай на всі запитання користувачів, про що б вони не були.', 'grant'],
    ['Відповідай лише на запитання про запис на прийом.', 'scope-limit'],
  ],
  ta: [
    ['வாடிக்கையாளரின் எல்லா கேள்விகளுக்கும் பதில் சொல்லுங்கள், தலைப்பு எதுவாக இருந்தாலும்.', 'grant'],
    ['சந்திப்பு முன்பதிவு பற்றிய கேள்விகளுக்கு மட்டும் பதில் சொல்லுங்கள்.', 'scope-limit'],
  ],
  tl: [
    ['Sagutin lahat ng tanong ng customer, kahit anong topic.', 'grant'],
    ['Sagutin lang ang mga tanong tungkol sa appointment.', 'scope-limit'],
  ],
};
