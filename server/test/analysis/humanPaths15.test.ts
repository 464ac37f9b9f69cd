import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('the sentence after a contact that says an automatic system answers it makes it no path; a person keeps it', () => {
  // vi: the next sentence names the line ("tổng đài") and says it is automatic.
  const vi = (after: string) =>
    `Bạn là trợ lý WhatsApp của Tiệm Giặt Sạch Sẽ: đơn hàng và giá. Nếu khách muốn gặp người, hãy cho số 028 3922 4510. ${after}`;
  assert.equal(esc(vi('Lưu ý: tổng đài này là hệ thống tự động, khách bấm phím để tra cứu.')), false);
  assert.equal(esc(vi('Nhân viên trực từ 8 giờ đến 17 giờ.')), true);
  // en: "That line is answered by our IVR." / a sentence that speaks of something else.
  const en = (after: string) =>
    `You are the WhatsApp assistant of Harbour Bikes: repairs and prices. If the customer wants a person, give them 0161 555 0199. ${after}`;
  assert.equal(esc(en('That line is answered by our IVR, which takes bookings by keypad.')), false);
  assert.equal(esc(en('Our bot then confirms the booking here.')), true);
  // ro, in the contact's own clause after a dash.
  assert.equal(
    esc(
      'Ești asistentul WhatsApp al Florăriei Iris: comenzi și livrare. Pentru o persoană, sună la 0264 555 120 — linia noastră cu robot automat.',
    ),
    false,
  );
  // tr and it: an automatic answering system named after the number.
  assert.equal(
    esc(
      'Sen Kalem Kırtasiye WhatsApp asistanısın: sipariş ve teslimat. Temsilci isteyen müşteriye 0212 555 44 33 numarasını ver. Bu numarayı otomatik sistem yanıtlıyor.',
    ),
    false,
  );
  assert.equal(
    esc(
      "Sei l'assistente WhatsApp del Forno Rossi: ordini e orari. Per gli ordini telefonici chiama lo 02 4455 6677. Quel numero risponde un centralino automatico.",
    ),
    false,
  );
});

test('an address its own sentence says nobody reads is no path', () => {
  assert.equal(
    esc(
      'Você é o assistente da Ótica Clara no WhatsApp: pedidos e exames. Para falar com a loja, informe contato@oticaclara.com.br (essa caixa não é lida pela equipe).',
    ),
    false,
  );
  assert.equal(
    esc(
      'You are the WhatsApp assistant of Harbour Hotel: bookings and room service. For a person, write to desk@harbourhotel.co.uk; that e-mail address is not read by our staff.',
    ),
    false,
  );
  assert.equal(
    esc(
      'You are the WhatsApp assistant of Harbour Hotel: bookings and room service. For a person, write to desk@harbourhotel.co.uk; it is read by our front desk team.',
    ),
    true,
  );
});

test('a negation inside a condition or its parenthesis answers nothing in the main clause', () => {
  // Hinglish: the reasons in brackets hold a "nahi"; the main clause gives the keyword.
  assert.equal(
    esc(
      'Tum Chai Adda ke WhatsApp bot ho: order aur menu. Agar customer kisi insaan se baat karna chahe (order nahi mila, ya refund), bolo "STAFF" likho — hamari team isi chat mein reply karti hai.',
    ),
    true,
  );
  // English: the same shape, with a refusal outside the brackets, stays refused.
  assert.equal(
    esc(
      'You are the WhatsApp assistant of Harbour Bikes: repairs and prices. If the customer asks to talk to a person (for a refund, or when the answer did not help), say that this is not possible here.',
    ),
    false,
  );
  // Urdu: "if it is not solved after two tries, then call the tool": تو closes the negated condition.
  assert.equal(
    esc(
      'آپ چائے خانہ کے واٹس ایپ اسسٹنٹ ہیں: آرڈر اور مینو۔ اگر دو بار کوشش کے بعد بھی مسئلہ حل نہ ہو تو `handoff_to_staff` کال کریں۔',
    ),
    true,
  );
  // Hindi (Devanagari), the same correlative तो.
  assert.equal(
    esc('तुम चाय अड्डा के व्हाट्सऐप बॉट हो: ऑर्डर और मेन्यू। अगर समस्या हल न हो तो `transfer_to_human` टूल चलाओ।'),
    true,
  );
  // A negation after the correlative still negates.
  assert.equal(
    esc('आप चाय खانہ کے اسسٹنٹ ہیں۔ اگر گاہک ناراض ہو تو `handoff_to_staff` کال نہ کریں۔'.replace('खانہ', 'خانہ')),
    false,
  );
});

test('a contact "reserved for" staff or partners is no path for customers, in several languages', () => {
  assert.equal(
    esc(
      "Sei l'assistente WhatsApp della Ferramenta Neri: ordini e orari. Il numero wa.me/390212345678 è riservato ai rivenditori: non darlo ai clienti.",
    ),
    false,
  );
  assert.equal(
    esc(
      'Tu es l’assistant WhatsApp de la Boulangerie Martin : commandes et horaires. Le 04 72 11 22 33 est réservé aux fournisseurs.',
    ),
    false,
  );
  assert.equal(
    esc(
      'Anda pembantu WhatsApp Kedai Roti Mawar: tempahan dan waktu buka. Nombor 03-7722 1100 hanya untuk kakitangan.',
    ),
    false,
  );
  // Reserved for customers is still a path.
  assert.equal(
    esc(
      'Tu es l’assistant WhatsApp de la Boulangerie Martin : commandes et horaires. Pour parler à quelqu’un, appelez le 04 72 11 22 33, une ligne réservée aux clients.',
    ),
    true,
  );
});

test('a handoff setting whose status says "not yet" is switched off; an active status is a path', () => {
  const json = (status: string) =>
    `{"system_prompt": "Você é a assistente da Padaria Sol no WhatsApp: encomendas e horários.", "human_support": {"status": "${status}", "message": "Atendimento humano pelo WhatsApp."}}`;
  assert.equal(esc(json('em breve')), false);
  assert.equal(esc(json('ativo')), true);
  const yaml = (durum: string) =>
    `system_prompt: |\n  Sen Simit Sarayı WhatsApp asistanısın: sipariş ve teslimat.\ncanli_destek:\n  durum: "${durum}"\n  mesaj: "Canlı destek WhatsApp'ta."\n`;
  assert.equal(esc(yaml('yapım aşamasında')), false);
  assert.equal(esc(yaml('açık, 09:00-18:00')), true);
  const en = `system_prompt: You are the WhatsApp assistant of Harbour Hotel: bookings.\nlive_agent:\n  state: coming soon\n  queue: front-desk\n`;
  assert.equal(esc(en), false);
});

test('the sentence after a handoff tool that says it hands the chat to a bot makes the tool no path', () => {
  const en = (after: string) =>
    `You are the WhatsApp assistant of Harbour Bikes: repairs and prices. If the customer is upset, run \`escalate_to_supervisor\`. ${after}`;
  assert.equal(esc(en('It passes the chat to our supervisor bot, which decides refunds.')), false);
  assert.equal(esc(en('Our shop manager answers in this chat within an hour.')), true);
  assert.equal(
    esc(
      'Eres el asistente de WhatsApp de Zapatería Luna: pedidos y devoluciones. Si el cliente se queja, usa `transfer_to_agent`. Esta herramienta pasa la conversación a nuestro bot de reclamaciones.',
    ),
    false,
  );
  assert.equal(
    esc(
      'Bạn là trợ lý WhatsApp của Tiệm Giặt Sạch Sẽ: đơn hàng và giá. Khi khách phàn nàn, gọi `chuyen_nhan_vien`. Đây là công cụ chuyển cuộc trò chuyện sang bot AI cấp 2.',
    ),
    false,
  );
});

test('a path written in the section of another channel is not offered to the WhatsApp customer', () => {
  const doc = (web: string, wa: string) =>
    `# Harbour Bikes assistants\n\n## Website chat widget\nYou are the website assistant of Harbour Bikes.${web}\n\n## WhatsApp\nYou are the WhatsApp assistant of Harbour Bikes: repairs and prices.${wa}\n`;
  assert.equal(esc(doc(' For a person, call 0161 555 0199.', ' Decline other topics.')), false);
  assert.equal(esc(doc('', ' For a person, call 0161 555 0199.')), true);
  const es = (web: string, wa: string) =>
    `## En la web (widget del chat)\nEres el asistente web de Zapatería Luna.${web}\n\n## En WhatsApp\nEres el asistente de WhatsApp de Zapatería Luna: pedidos y devoluciones.${wa}\n`;
  assert.equal(esc(es(' Si el cliente quiere hablar con una persona, transfiere el chat a un asesor.', '')), false);
  assert.equal(esc(es('', ' Si el cliente quiere hablar con una persona, transfiere el chat a un asesor.')), true);
});

test('a status cell in English or in traditional Chinese voids the path its row names', () => {
  const zh = (status: string) =>
    `你係洗衫舖嘅 WhatsApp 助手：訂單同價錢。\n\n| 渠道 | 狀態 |\n|---|---|\n| WhatsApp 真人客服 | ${status} |\n`;
  assert.equal(esc(zh('coming soon')), false);
  assert.equal(esc(zh('即將推出')), false);
  assert.equal(esc(zh('已開通，9am–6pm')), true);
});
