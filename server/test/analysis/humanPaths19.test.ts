import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('a request for a person answered by a tool that the next sentence calls a bot is no path, listed tool too', () => {
  // en: the tool is listed first, then described as a second-tier AI.
  const en = (describe: string) =>
    `tools:\n  - lookup_invoice\n  - escalate_to_tier2\ninstructions: |\n  You are the billing assistant of Northwind Fibre. Only answer billing questions.\n  If the customer asks to speak to someone, use escalate_to_tier2. ${describe}`;
  assert.equal(esc(en('That target is our tier-2 AI assistant, which can apply credits.')), false);
  assert.equal(esc(en('A member of our billing team picks the chat up there.')), true);
  // it: "passa a transfer_livello2; è un altro assistente virtuale" / a person picks it up.
  const it = (describe: string) =>
    `Sei l'assistente fatture di Lumina Energia. Rispondi solo su bollette. Se il cliente chiede di parlare con qualcuno, usa transfer_livello2. ${describe}`;
  assert.equal(esc(it('Questo strumento passa la chat a un altro bot automatico.')), false);
  assert.equal(esc(it('Un operatore del nostro ufficio risponde entro un’ora.')), true);
});

test('a handoff heading over a section that offers nothing and says the service comes soon is no path', () => {
  const pt = (body: string) =>
    `Você é a assistente da Ótica Brilho no WhatsApp. Fale só de óculos, lentes e consultas.\n\nAtendimento humano:\n${body}\n\nSeja breve.`;
  assert.equal(
    esc(pt('O chat com a equipe pelo WhatsApp está em construção e chega em breve; não prometa retorno.')),
    false,
  );
  assert.equal(esc(pt('Se o cliente pedir, transfira a conversa para a equipe da loja.')), true);
  const en = (body: string) =>
    `You are the WhatsApp assistant of Cedar Dental. Only bookings and opening hours.\n\n## Human support\n${body}\n`;
  assert.equal(
    esc(en('Live chat with our receptionists is coming soon. Until then, do not promise a call back.')),
    false,
  );
  assert.equal(esc(en('When a patient asks for a person, transfer the chat to the front desk.')), true);
});

test('a contact on a line labelled for suppliers or staff is theirs; a line that asks for staff is a path', () => {
  const es = (line: string) =>
    `Eres el asistente de WhatsApp de Panadería La Espiga. Solo pedidos, horarios y alérgenos.\nContactos:\n${line}\n`;
  assert.equal(esc(es('- Proveedores y transportistas: compras@laespiga.es')), false);
  assert.equal(esc(es('- Atención al cliente (personas, L–V 9–18): hola@laespiga.es')), true);
  const en = (line: string) =>
    `You are the WhatsApp assistant of Harbour Hardware. Answer only about stock, orders and returns.\n${line}\n`;
  assert.equal(esc(en('Suppliers and couriers: +44 20 7946 0321')), false);
  assert.equal(esc(en('If a customer wants to talk to our staff: +44 20 7946 0321')), true);
});

test('a tool with no handoff word in its name, forbidden in the prompt, takes its handoff description with it', () => {
  const tools = (rule: string) =>
    `instructions: |\n  You are the order assistant of Green Basket. Only orders and deliveries.\n  ${rule}\ntools:\n  - name: lookup_order\n    description: Finds an order by number\n  - name: connect_counsellor\n    description: Connects the customer to a live agent\n`;
  assert.equal(esc(tools('Do not call connect_counsellor: the team is paused until March.')), false);
  assert.equal(esc(tools('If the customer asks for a person, call connect_counsellor.')), true);
  // ko: "do not call the connect_counsellor tool".
  const ko = (rule: string) =>
    `instructions: |\n  너는 '초록바구니' 주문 상담 도우미야. 주문과 배송만 안내해.\n  ${rule}\ntools:\n  - name: connect_counsellor\n    description: 상담원 연결\n`;
  assert.equal(esc(ko('connect_counsellor 도구는 호출하지 마.')), false);
  assert.equal(esc(ko('고객이 사람을 원하면 connect_counsellor 도구를 호출해.')), true);
});

test('a single-brace template slot whose value the file leaves empty reaches nobody', () => {
  const config = (value: string) =>
    JSON.stringify(
      {
        business_name: 'Toko Sinar',
        cs_contact: value,
        system_prompt:
          'You are the WhatsApp assistant of {business_name}. Only answer about its products and orders. If the customer needs more help, refer them to {cs_contact}.',
      },
      null,
      2,
    );
  assert.equal(esc(config('')), false);
  assert.equal(esc(config('+62 21 5550 1234')), true);
});

test('a live-support feature that the Turkish prompt says will be added soon is no path yet', () => {
  const tr = (rule: string) =>
    `Sen Lale Optik'in WhatsApp asistanısın. Sadece gözlük ve randevu sorularına cevap ver. ${rule}`;
  assert.equal(esc(tr('Canlı destek özelliği yakında eklenecek; müşteriye söz verme.')), false);
  assert.equal(esc(tr('Müşteri isterse canlı desteğe aktar.')), true);
});

test('a handoff that its own sentence says is disabled is no path (ja, en); an enabled one is', () => {
  const ja = (rule: string) =>
    `あなたは「さくら歯科」のWhatsAppアシスタントです。予約と診療時間のご案内のみ行います。\n${rule}`;
  assert.equal(esc(ja('スタッフへの転送機能（handoff_to_staff）は現在無効です。')), false);
  assert.equal(esc(ja('患者様が希望する場合は、handoff_to_staff でスタッフに転送してください。')), true);
  const en = (rule: string) =>
    `You are the WhatsApp assistant of Maple Vets. Only bookings and opening hours.\n${rule}`;
  assert.equal(esc(en('Human handoff (transfer_to_staff) is currently disabled on this number.')), false);
  assert.equal(esc(en('If the owner asks for a person, call transfer_to_staff.')), true);
});

test('a contact kept for the internal team only ("internal team only", "staff members only") is no path', () => {
  const th = (line: string) => `# bot prompt\n# ${line}\nคุณคือผู้ช่วยของร้านกาแฟบ้านสวน ตอบเฉพาะเรื่องเมนูและการสั่งซื้อ`;
  assert.equal(esc(th('แก้ไข prompt ติดต่อ ops@baansuan.co.th (ภายในทีมเท่านั้น)')), false);
  const en = (line: string) => `You are the WhatsApp assistant of Oak Pharmacy. Only prescriptions and stock.\n${line}`;
  assert.equal(esc(en('Rota questions: rota@oakpharmacy.co.uk (staff members only).')), false);
  assert.equal(esc(en('Customers who want to talk to a pharmacist can write to help@oakpharmacy.co.uk.')), true);
});

test('a Turkish handoff sentence the bot must not say ("… deme") is no path', () => {
  const tr = (rule: string) =>
    `Sen Ege Su'nun WhatsApp fatura asistanısın. Sadece fatura ve ödeme sorularına cevap ver. ${rule}`;
  assert.equal(
    esc(
      tr(
        'Karmaşık sorularda müşteriye "sizi uzman ekibimize aktarıyorum" deme, "hesaplama modülümüz devreye giriyor" de.',
      ),
    ),
    false,
  );
  assert.equal(esc(tr('Müşteri isterse "sizi bir temsilciye aktarıyorum" de ve konuşmayı temsilciye aktar.')), true);
});

test('a label line that keeps the contacts under it from the customers makes them no path', () => {
  const ru = (label: string) =>
    `Ты ассистент фитнес-клуба «Пульс». Отвечай только об абонементах и расписании.\n\n${label}\nsupport@puls-club.ru\n`;
  assert.equal(esc(ru('Техподдержка бота (только для администраторов, клиентам не давать):')), false);
  assert.equal(esc(ru('Если клиент хочет поговорить с менеджером, дай адрес:')), true);
  const en = (label: string) =>
    `You are the WhatsApp assistant of Fern Yoga. Only classes and memberships.\n\n${label}\nops@fernyoga.co.uk\n`;
  assert.equal(esc(en('Bot maintenance (admins only, never give this to customers):')), false);
  assert.equal(esc(en('Customers who want a person can write to:')), true);
});
