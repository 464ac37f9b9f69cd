import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('a path its own clause says is not opened or launched yet is none; one said of something else keeps it', () => {
  // zh: "the function of transferring to a human agent is not open yet" / a real transfer with office hours.
  const zh = (rule: string) => `你是「好味面包坊」的WhatsApp助手：只回答订单、配送和营业时间。${rule}`;
  assert.equal(esc(zh('客户要求人工时，请说明：转人工客服的功能尚未开放。')), false);
  assert.equal(esc(zh('客户要求人工时，请转人工客服，客服每天9点到18点在线。')), true);
  // en: "has not launched yet" in the phrase's clause / said of the app, in the next sentence.
  const en = (rule: string) =>
    `You are the WhatsApp assistant of Harbour Bikes: repair bookings and prices only. ${rule}`;
  assert.equal(esc(en('Note: live chat with a human agent has not launched yet.')), false);
  assert.equal(
    esc(en('If the customer asks for a person, transfer the chat to a human agent. Our new app has not launched yet.')),
    true,
  );
  // it: "non è ancora attivata" of the chat / of the new app.
  const it = (rule: string) => `Sei l'assistente WhatsApp della Ferramenta Neri: solo ordini e orari. ${rule}`;
  assert.equal(esc(it('Nota: la chat con un operatore umano non è ancora attivata.')), false);
  assert.equal(
    esc(
      it('Se il cliente chiede una persona, passa la chat a un operatore umano. La nuova app non è ancora attivata.'),
    ),
    true,
  );
  // es: "todavía no ha empezado" / a transfer, then a negation in a clause of its own after a semicolon.
  const es = (rule: string) => `Eres el asistente de WhatsApp de Zapatería Luna: solo pedidos y devoluciones. ${rule}`;
  assert.equal(esc(es('Aviso: la atención con un asesor humano todavía no ha empezado.')), false);
  assert.equal(
    esc(
      es(
        'Si el cliente quiere hablar con una persona, transfiere la conversación a un asesor humano; no empieces otra conversación.',
      ),
    ),
    true,
  );
});

test('a polite "that is difficult" answers a request for a person with a refusal (ko, ja)', () => {
  const ko = (rule: string) =>
    `한빛세탁의 WhatsApp 상담 봇입니다. 세탁 요금과 수거 예약만 안내합니다. 다른 질문에는 답하지 마세요. ${rule}`;
  assert.equal(esc(ko('고객이 상담원 연결을 요청하면 "현재 상담원 연결이 어렵습니다"라고 안내하세요.')), false);
  assert.equal(esc(ko('고객이 상담원 연결을 요청하면 transfer_to_agent 도구를 호출하세요.')), true);
  const ja = (rule: string) =>
    `あなたは「さくらクリーニング」のWhatsAppアシスタントです。料金と集荷予約のみご案内します。${rule}`;
  assert.equal(
    esc(ja('お客様がオペレーターとの会話を希望された場合は「オペレーターへの転送はいたしかねます」とお伝えください。')),
    false,
  );
  assert.equal(
    esc(ja('お客様がオペレーターとの会話を希望された場合は、transfer_to_agent を呼び出してください。')),
    true,
  );
});

test('a number the next sentence says an automatic voice system answers is no path (he); a staffed line is', () => {
  const he = (after: string) =>
    `אתה הבוט של מכבסת "ניקיון" בחיפה: מחירים ואיסוף בלבד. אם הלקוח רוצה לדבר עם נציג: תן לו את המספר 04-8123456. ${after}`;
  assert.equal(esc(he('שים לב: זה קו מענה קולי ממוחשב, ואין בו נציגים.')), false);
  assert.equal(esc(he('שים לב: זה הקו של המשרד, והצוות עונה בשעות הפעילות.')), true);
});

test('a handoff tool named in Swahili (`hamisha_kwa_wakala`) is a path unless it is forbidden', () => {
  const sw = (rule: string) =>
    `Wewe ni msaidizi wa WhatsApp wa Duka la Simu Baraka: bei na oda tu. Usijibu maswali mengine. ${rule}`;
  assert.equal(
    esc(sw('Mteja akiomba kuongea na mtu, tumia `hamisha_kwa_wakala`. Mawakala wetu hujibu masaa 24.')),
    true,
  );
  assert.equal(esc(sw('Usitumie kamwe `hamisha_kwa_wakala`; huduma hiyo imezimwa.')), false);
});

test('a request for a person whose main clause declines it is no path; one answered with a transfer is', () => {
  const en = (main: string) =>
    `You are the WhatsApp assistant of Harbour Bikes: repair bookings and prices only. If the customer asks to speak to a person, ${main}`;
  assert.equal(esc(en('politely decline and steer back to bookings.')), false);
  assert.equal(esc(en('transfer the chat to a human agent.')), true);
  const de = (main: string) =>
    `Du bist der WhatsApp-Assistent der Bäckerei Korn: nur Vorbestellungen und Öffnungszeiten. Wenn jemand mit einem Mitarbeiter sprechen will, ${main}`;
  assert.equal(esc(de('lehne höflich ab.')), false);
  assert.equal(esc(de('übergib das Gespräch an einen Mitarbeiter.')), true);
  const es = (main: string) =>
    `Eres el asistente de WhatsApp de Zapatería Luna: solo pedidos y devoluciones. Si el cliente quiere hablar con una persona, ${main}`;
  assert.equal(esc(es('recházalo con amabilidad y vuelve a los pedidos.')), false);
  assert.equal(esc(es('dale el teléfono de la tienda: 910 123 456.')), true);
});

test('an address labelled as the prompt author in a header comment is no path; one labelled as a contact is', () => {
  const pl = (label: string) =>
    `<!--\n  ${label}: Marta Nowak <marta.nowak@polisaplus.pl>\n-->\nJesteś asystentem WhatsApp Polisa Plus: tylko ubezpieczenia OC i AC.`;
  assert.equal(esc(pl('Autor')), false);
  assert.equal(esc(pl('Kontakt z konsultantem')), true);
  const fr = (label: string) =>
    `<!-- ${label} : claire.martin@boulangerie-martin.fr -->\nTu es l'assistant WhatsApp de la Boulangerie Martin : commandes et horaires uniquement.`;
  assert.equal(esc(fr('Auteur')), false);
  assert.equal(esc(fr('Contact pour parler à un conseiller')), true);
  const zh = (label: string) =>
    `# ${label}：chen.wei@haowei-bakery.cn\n你是「好味面包坊」的WhatsApp助手：只回答订单和营业时间。`;
  assert.equal(esc(zh('作者')), false);
  assert.equal(esc(zh('人工客服邮箱')), true);
});
