/**
 * Prompts the file name announces but whose content has no "You are …" line: informal prompts in any language
 * (`bots/<name>/prompt.txt`), bot configs with a prompt key that is nested or in the local language
 * (`config/<name>/bot.yaml`), JSON prompt files (`*.prompt.json`, `agent.json`), all written for this test;
 * and the files beside them that are no prompt (a README, canned replies, a config without a prompt, an i18n
 * file, a flow export, a changelog), which stay skipped.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService } from '../../src/service';
import { testHost } from '../helpers/fsHost';

const PROMPTS: Record<string, string> = {
  '/bots/olshop-rani/prompt.txt':
    'hai kamu admin olshop Rani 😊 jawab soal ukuran, ongkir sama stok aja ya\nkalo pelanggan mau ngobrol sama orang suruh ketik ADMIN\njangan bahas hal lain',
  '/bots/baanmai/admin-bot.txt':
    'เป็นแอดมินของร้าน BaanMai นะ 😊 ตอบลูกค้าเรื่องเมนู ราคา เวลาเปิด\nถ้าลูกค้าอยากคุยกับพนักงาน บอกให้พิมพ์ว่า พนักงาน\nลูกค้าถามเรื่องอื่นก็บอกว่าตอบได้แค่เรื่องร้าน',
  '/bots/kedaisenja/bot-prompt.txt':
    'ko admin Kedai Senja, layan customer pasal menu dan tempahan je 👍\nkalau customer nak cakap dengan staf, suruh taip STAF',
  '/bots/tacosdoña/prompt.md':
    'hola!! atiendes el whatsapp de Tacos Doña Mary 🌮 contesta sobre el menú, precios y pedidos\nsi el cliente quiere hablar con alguien dile que escriba HUMANO',
  '/bots/phoxanh/system.txt':
    'bạn trực page quán Phở Xanh 🍜 trả lời khách về thực đơn, giá, giờ mở cửa thôi nha\nkhách muốn gặp nhân viên thì bảo nhắn NHANVIEN',
  '/bots/kahvedukkani/agent.txt':
    'Kahve Dükkanı hesabındasın ☕ müşteriye menü, fiyat ve sipariş konusunda yardım et\nmüşteri biriyle konuşmak isterse PERSONEL yazsın',
  '/config/kopisenja/bot.yaml':
    'bot:\n  nama: Kopi Senja\n  bahasa: id\n  instruksi: |\n    kamu barista virtual Kopi Senja ☕ bantu pelanggan pesan kopi dan cek jam buka\n    kalau pelanggan minta staf, bilang ketik STAF\n',
  '/config/lojaazul/bot.yml':
    'nome: Loja Azul\nconfiguracao:\n  instrucoes_do_sistema: |\n    Atenda os clientes da Loja Azul sobre pedidos, trocas e prazos de entrega.\n    Se o cliente pedir uma pessoa, passe o número (11) 4000-1234.\n',
  '/agents/radwerkstatt-zug/agent.yaml':
    'name: zug\nmodel: gpt-4o\nanweisungen: |\n  Beantworte Fragen der Kunden der Radwerkstatt Zug zu Reparaturen und Terminen.\n  Wenn ein Kunde einen Menschen sprechen will, gib ihm die Nummer 041 123 45 67.\n',
  '/config/sakura/bot.yaml':
    'bot:\n  店名: さくら書店\n  システムプロンプト: |\n    さくら書店のLINE担当として、在庫・注文・営業時間についてお客様に答えてください。\n    スタッフと話したいお客様には「スタッフ」と送ってもらいます。\n',
  '/config/router.prompt.json':
    '{"systemPrompt": "You route WhatsApp messages for Harbor Dental. Answer questions about appointments and prices; if a patient asks for a person, call transfer_to_agent.", "tools": [{"name": "transfer_to_agent"}]}',
  '/config/madar.prompt.json':
    'أنت موجّه رسائل واتساب لمتجر «مدار». اقرأ رسالة العميل ومرّرها إلى الوكيل المناسب.\n{\n  "agents": [{"name": "orders", "persona": "يجيب عن الطلبات والتوصيل فقط."}]\n}',
  '/agents/lumen/agent.json':
    '{"name": "lumen", "instructions": "Du bist der WhatsApp-Assistent von Optik Lumen. Beantworte Fragen zu Brillen und Terminen; wer einen Menschen sprechen will, bekommt 030 123 456."}',
};

const NOT_PROMPTS: Record<string, string> = {
  '/bots/olshop-rani/README.md': '# Bot olshop Rani\nEdit prompt.txt lalu deploy ulang dengan `npm run deploy`.',
  '/bots/olshop-rani/bot-replies.txt':
    'Halo kak! 😊 Terima kasih sudah order di olshop Rani.\nPesanan kakak sedang kami kemas ya 📦',
  '/bots/olshop-rani/bot-changelog.txt': '- fixed: greeting for returning buyers\n- added: ADMIN keyword',
  '/config/kopisenja/agent.yaml':
    'model: gpt-4o-mini\ntemperature: 0.3\nwelcome_message: "Halo kak! Selamat datang di Kopi Senja, ada yang bisa kami bantu hari ini?"',
  '/locales/bot.json':
    '{"greeting": "Halo kak! 😊 Selamat datang di olshop Rani, ada yang bisa kami bantu?", "bye": "Terima kasih, sampai jumpa lagi ya kak!"}',
  '/flows/bot.json':
    '{"nodes": [{"id": "1", "prompt": "You are the assistant of olshop Rani. Answer questions about sizes and shipping only."}], "connections": {}}',
  '/data/agent.json': '[{"sku": "A1", "name": "Kaos", "price": 75000}]',
  '/docs/agent.json':
    '{"instructions": "You are the assistant of olshop Rani. Answer questions about sizes and shipping; type ADMIN for a person."}',
};

test('prompts named as such are found with light evidence, in 8 languages, as YAML and JSON too', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  for (const [p, text] of Object.entries(PROMPTS)) {
    const uri = host.set(`/tmp/wa-config-discovery${p}`, text);
    assert.equal(service.kindOf(uri), 'system-prompt', `${p}: ${service.explainKind(uri).reason}`);
  }
});

test('READMEs, canned replies, configs without a prompt, i18n, flow exports and docs stay skipped', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  for (const [p, text] of Object.entries(NOT_PROMPTS)) {
    const uri = host.set(`/tmp/wa-config-discovery${p}`, text);
    assert.notEqual(service.kindOf(uri), 'system-prompt', `${p} was read as a prompt`);
  }
});

test('a config named as a prompt whose prompt is not one says why it was skipped', () => {
  const host = testHost();
  const service = createPolicyService({ host });
  const uri = host.set(
    '/tmp/wa-config-discovery/agents/x/agent.yaml',
    'instructions: |\n  ' + 'lorem ipsum '.repeat(8),
  );
  assert.match(
    service.explainKind(uri).reason ?? '',
    /a YAML (?:template|bot config) whose prompt was not taken: no instruction/,
  );
});
