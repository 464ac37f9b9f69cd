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
};
