import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('a number the prompt says a machine answers is no path, in languages beyond the first twelve', () => {
  // nb: "this is our fully automated line" in the next sentence / a line where staff answer.
  const nb = (rule: string) =>
    `Du er WhatsApp-assistenten til Fjordbakeriet i Tromsø. Du svarer bare på spørsmål om bestillinger og åpningstider. ${rule}`;
  assert.equal(esc(nb('Gi kunden nummeret 77 60 12 34. Denne linjen er helautomatisert.')), false);
  assert.equal(esc(nb('Gi kunden nummeret 77 60 12 34 hvis de vil snakke med en ansatt.')), true);
  // ja: the shop phone is an automated voice line / a phone where staff answer.
  const ja = (rule: string) =>
    `あなたは「こだま書店」のWhatsAppアシスタントです。在庫と営業時間のご案内のみ行います。${rule}`;
  assert.equal(esc(ja('電話 06-6123-4567 は自動音声の案内専用です。')), false);
  assert.equal(esc(ja('担当者と話したい場合は、電話 06-6123-4567 をご案内してください。')), true);
  // tr: the line is answered by an answering machine.
  const tr = (rule: string) =>
    `Sen Kardelen Çiçekçilik'in WhatsApp asistanısın. Sadece sipariş ve teslimat sorularına cevap ver. ${rule}`;
  assert.equal(esc(tr('Telefon: 0232 555 44 33. Bu hat bir telesekreter tarafından yanıtlanır.')), false);
  assert.equal(esc(tr('Müşteri bir temsilciyle görüşmek isterse 0232 555 44 33 numarasını ver.')), true);
  // ru: an answering machine takes the calls.
  const ru = (rule: string) =>
    `Ты WhatsApp-ассистент химчистки «Белый лебедь». Отвечай только о заказах и ценах. ${rule}`;
  assert.equal(esc(ru('Телефон 8 800 555 12 34: на этот номер отвечает автоответчик.')), false);
  assert.equal(esc(ru('Если клиент хочет поговорить с сотрудником, дай номер 8 800 555 12 34.')), true);
  // zh: the hotline is an automatic voice system.
  const zh = (rule: string) => `你是「清风洗衣」的WhatsApp助手，只回答订单和价格问题。${rule}`;
  assert.equal(esc(zh('热线 400-820-1234 由自动语音系统接听。')), false);
  assert.equal(esc(zh('客户想找人工客服时，请提供热线 400-820-1234。')), true);
});

test('a contact that a note on its own line keeps from the users is no path; a note on how to use it keeps it', () => {
  // pt: "(internal use; never pass it to the users)" / "(answered by our team, Mon–Fri)".
  const pt = (rule: string) =>
    `Você é o assistente de WhatsApp da Padaria Estrela. Responda só sobre pedidos e horários.\n${rule}`;
  assert.equal(
    esc(pt('Contato do fornecedor: compras@padariaestrela.com.br (uso interno; nunca passar aos clientes)')),
    false,
  );
  assert.equal(
    esc(pt('Se o cliente quiser falar com uma pessoa: atendimento@padariaestrela.com.br (segunda a sexta)')),
    true,
  );
  // en: "— do not give this to customers" / "— customers can also text it if they want a person".
  const en = (rule: string) =>
    `You are the WhatsApp assistant of Larch Lane Garden Centre. Only answer questions about plants, orders and opening hours.\n${rule}`;
  assert.equal(esc(en('Warehouse line: 0161 555 0199 (do not give this to customers).')), false);
  assert.equal(esc(en('If a customer asks for a person, give them 0161 555 0199 (staffed 9am-5pm).')), true);
  // es: "(no se la des a los clientes)".
  const es = (rule: string) =>
    `Eres el asistente de WhatsApp de Ferretería Olmo. Solo respondes sobre pedidos y horarios.\n${rule}`;
  assert.equal(
    esc(es('Correo de proveedores: proveedores@ferreteriaolmo.es (uso interno, no darlo a los clientes)')),
    false,
  );
  // az: "(only for suppliers, do not give to customers)".
  const az = (rule: string) =>
    `Sən Gəncədəki Nar Çayxanasının WhatsApp köməkçisisən. Yalnız menyu və rezervasiya suallarına cavab ver.\n${rule}`;
  assert.equal(esc(az('Anbar telefonu: +994 22 555 66 77 (müştərilərə vermə).')), false);
  assert.equal(esc(az('Müştəri operatorla danışmaq istəsə, +994 22 555 66 77 nömrəsini ver.')), true);
  // vi: "(không gửi cho người dùng)" / a hotline with hours.
  const vi = (rule: string) =>
    `Bạn là trợ lý WhatsApp của Tiệm Bánh Hoa Mai. Chỉ trả lời về đơn hàng và giờ mở cửa.\n${rule}`;
  assert.equal(esc(vi('Số kỹ thuật: 028 3812 3456 (không gửi cho người dùng).')), false);
  assert.equal(esc(vi('Nếu khách muốn nói chuyện với nhân viên, hãy gửi số 028 3812 3456 (8h-17h).')), true);
  // de: the note withholds it / a condition makes the negation a case of use.
  const de = (rule: string) =>
    `Du bist der WhatsApp-Assistent der Bäckerei Lindner. Beantworte nur Fragen zu Bestellungen und Öffnungszeiten.\n${rule}`;
  assert.equal(esc(de('Lieferantenkontakt: einkauf@baeckerei-lindner.de (nicht an Kunden weitergeben).')), false);
  assert.equal(
    esc(
      de(
        'Wenn der Kunde einen Menschen sprechen will: service@baeckerei-lindner.de, falls der Kunde nicht anrufen kann.',
      ),
    ),
    true,
  );
});

test('a handoff tool that a pronoun after a contrast or in the next sentence forbids is no path; a prohibition of something else keeps it', () => {
  // en: "exists, but never call it" / "call it, but do not promise a time".
  const en = (rule: string) =>
    `You are the WhatsApp assistant of Maple Dental. Only answer questions about appointments and prices. ${rule}`;
  assert.equal(esc(en('The tool transfer_to_reception is configured, but never call it.')), false);
  assert.equal(
    esc(en('When the patient asks for a person, call transfer_to_reception, but do not promise a time.')),
    true,
  );
  // de: the next sentence forbids it ("Rufe es nicht auf") / the next sentence is about something else.
  const de = (rule: string) =>
    `Du bist der WhatsApp-Assistent des Autohauses Berger. Beantworte nur Fragen zu Werkstattterminen. ${rule}`;
  assert.equal(esc(de('Das Tool weiterleiten_an_mitarbeiter ist noch in Arbeit. Rufe es nicht auf.')), false);
  assert.equal(
    esc(de('Wenn der Kunde einen Menschen verlangt, nutze weiterleiten_an_mitarbeiter. Versprich keine Rückrufzeit.')),
    true,
  );
  // sr: "postoji alat …, ali ga nikad ne pozivaj" / "pozovi …, ali ne obećavaj rok".
  const sr = (rule: string) =>
    `Ti si WhatsApp asistent pekare Zlatno zrno iz Novog Sada. Odgovaraj samo na pitanja o porudžbinama, cenama hleba i radnom vremenu. Budi ljubazan i kratak. ${rule}`;
  assert.equal(esc(sr('Postoji alat transfer_to_staff, ali ga nikad ne pozivaj.')), false);
  assert.equal(esc(sr('Ako kupac traži čoveka, pozovi transfer_to_staff, ali ne obećavaj rok.')), true);
  // nb: "…, men ikke bruk det" / "…, men ikke lov et tidspunkt".
  const nb = (rule: string) =>
    `Du er WhatsApp-assistenten til Nordlys Sykkel. Svar bare på spørsmål om reparasjoner og priser. ${rule}`;
  assert.equal(esc(nb('Verktøyet transfer_to_staff finnes, men bruk det aldri.')), false);
  assert.equal(
    esc(nb('Hvis kunden vil snakke med et menneske, bruk transfer_to_staff, men ikke lov et tidspunkt.')),
    true,
  );
  // ru: "есть инструмент …, но никогда не вызывай его".
  const ru = (rule: string) =>
    `Ты WhatsApp-ассистент пекарни «Колосок». Отвечай только о заказах и часах работы. ${rule}`;
  assert.equal(esc(ru('Есть инструмент transfer_to_operator, но никогда не вызывай его.')), false);
  assert.equal(esc(ru('Если клиент просит человека, вызови transfer_to_operator, но не обещай время ответа.')), true);
});
