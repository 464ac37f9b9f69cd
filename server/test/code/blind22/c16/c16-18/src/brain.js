const { GoogleGenerativeAI } = require('@google/generative-ai');

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
const HOTLINE = process.env.HOTLINE || '0700 794 383 767';

// Gemini 1.0 no get system instruction, so we prime the chat. Left it like this after upgrade.
const PRIMER = [
  {
    role: 'user',
    parts: [{
      text: `You be Ada, WhatsApp assistant for SwiftDrop Logistics (Lagos, Abuja, Port Harcourt, Ibadan).
Your work: help customers track parcels (waybill numbers are 10 digits), explain delivery timelines (same-day within Lagos mainland if booked before 11am; 2-3 working days interstate),
explain pickup booking on swiftdrop.ng, pay-on-delivery rules (max ₦250,000), and what items we no dey carry (cash, gas cylinders, live animals, drugs).
Talk friendly, clear English; you fit add small Pidgin if customer write Pidgin. Keep am short.
If message get waybill, the system go add tracking info under "[TRACKING]" — use only that info, no guess.
Don't answer matter wey no concern SwiftDrop deliveries.
For complaints, damaged or missing parcel, refund, or if customer want person: tell them say make them call our hotline ${HOTLINE}.`,
    }],
  },
  { role: 'model', parts: [{ text: 'Understood. I am Ada from SwiftDrop. How I fit help you today?' }] },
];

const chats = new Map();

async function reply(waId, text) {
  if (!chats.has(waId)) chats.set(waId, model.startChat({ history: PRIMER, generationConfig: { temperature: 0.3, maxOutputTokens: 400 } }));
  const result = await chats.get(waId).sendMessage(text);
  return result.response.text();
}

module.exports = { reply };
