/**
 * Session 20's readings, on texts written for these tests (twins that must keep their verdict beside each): an
 * indirect-speech refusal, a comma that makes "even off-topic ones" an addition, "questions other than X" (ja zh),
 * examples in a parenthesis between an off-topic condition and its answer, a contact's label before it on its line,
 * suppliers and contractors as an audience, a handoff tool whose target the next sentence names and calls a bot, a
 * "disabled" said after the handoff, a capitalised section title over a disabled handoff.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePrompt } from '../../src/analysis';

const open = (text: string) => analyzePrompt(text).openDomain;
const esc = (text: string) => analyzePrompt(text).hasEscalation;

test('"tell them you can only help with X" declines the requests its condition lists', () => {
  const en = (reply: string) =>
    `You are the WhatsApp assistant of Fernbrook Energy. You help customers with meter readings and bills.\nIf someone asks for something unrelated to Fernbrook (trivia, homework, coding help, travel tips), ${reply}.`;
  assert.equal(open(en('tell them you can only help with their energy account')), false);
  assert.equal(open(en('help them with it as well as you can')), true);
});

test('a comma after "any other question" makes the off-topic words an addition, not a restriction', () => {
  const it = (tail: string) =>
    `Sei l'assistente di Pasticceria Aurora. Aiuti i clienti con ordini e ritiri, ma puoi rispondere anche a qualsiasi altra domanda${tail}`;
  assert.equal(open(it(', anche fuori tema: sport, compiti, viaggi.')), true);
  assert.equal(open(it(' fuori tema solo per dire che non puoi aiutare.')), false);
});

test('"questions other than X" with an answer is a leak (ja, zh), also across a parenthesis of examples', () => {
  assert.equal(
    open(
      'あなたは「さくら歯科」の予約アシスタントです。予約の変更と診療時間をご案内します。\n- 歯科以外の質問（映画、数学、料理など）にも、丁寧に答えてください。',
    ),
    true,
  );
  assert.equal(
    open(
      'あなたは「さくら歯科」の予約アシスタントです。予約の変更と診療時間をご案内します。\n- 歯科以外の質問には「予約のことのみご案内しています」と伝えてください。',
    ),
    false,
  );
  assert.equal(open('你是"绿源家政"的WhatsApp客服，负责预约保洁和报价。\n- 保洁以外的问题也尽量回答。'), true);
});

test("a contact's label before it on its line keeps it from the users; suppliers and contractors are an audience", () => {
  const th = (line: string) => `คุณคือผู้ช่วยของหอพักสายลม ตอบผู้เช่าเรื่องค่าเช่าและการแจ้งซ่อม\n${line}\n`;
  assert.equal(esc(th('เบอร์ภายใน (ห้ามให้ผู้เช่า): ช่างไฟ 089-555-0142')), false);
  assert.equal(esc(th('ถ้าผู้เช่าต้องการคุยกับเจ้าหน้าที่ ให้โทร 089-555-0142')), true);
  const el = (line: string) =>
    `Είσαι ο βοηθός WhatsApp του καταστήματος Ελιά. Βοηθάς μόνο με παραγγελίες λαδιού.\n${line}`;
  assert.equal(esc(el('Το τηλέφωνο 2310 555 010 είναι μόνο για τους προμηθευτές μας.')), false);
  assert.equal(esc(el('Αν ο πελάτης θέλει άνθρωπο, δώσε το τηλέφωνο 2310 555 010.')), true);
});

test('a handoff tool whose target the next sentence names and calls an AI is no path; a staffed target is', () => {
  const es = (describe: string) =>
    `Sos el asistente de WhatsApp de Yerba Norte. Solo pedidos y envíos.\nSi el cliente pide hablar con alguien, usá la tool derivar_soporte2. ${describe}`;
  assert.equal(esc(es('Soporte 2 es nuestro agente de IA de reclamos, no es una persona.')), false);
  assert.equal(esc(es('Soporte 2 es el equipo de atención, que responde de 9 a 18.')), true);
});

test('a handoff said to be disabled after it (ro ru), and a capitalised title over it, are no path', () => {
  const ro = (body: string) =>
    `Ești asistentul WhatsApp al Pensiunii Brad. Răspunzi doar despre rezervări.\n\n4. OPERATOR UMAN\n- ${body}\n\n5. FORMAT\n- Răspunsuri scurte.`;
  assert.equal(esc(ro('Transferul către un operator este dezactivat deocamdată.')), false);
  assert.equal(esc(ro('Dacă oaspetele cere, transferă conversația către recepție.')), true);
  const ru = (s: string) => `Ты помощник пекарни «Колос» в WhatsApp. Отвечай только о заказах.\n${s}`;
  assert.equal(esc(ru('Перевод на оператора сейчас отключён.')), false);
  assert.equal(esc(ru('Если клиент просит человека, переведи чат на оператора.')), true);
});

test('explaining a business programme (rewards, loyalty) is no coding task; writing programs still is', () => {
  assert.equal(
    open(
      'You are the assistant of Skyline Rewards, an airline loyalty club. Explain the rewards program, check point balances and help members book award flights.',
    ),
    false,
  );
  assert.equal(
    open('Você é a assistente do Clube Sabor. Explica o programa de pontos e ajuda a trocar os pontos.'),
    false,
  );
  assert.equal(open("Sei l'assistente di Club Vantaggi. Spiega il programma fedeltà e aiuta a usare i punti."), false);
  assert.equal(open('Du bist ein Assistent. Hilf beim Schreiben eines Programms in jeder Sprache.'), true);
  assert.equal(open('You are a helpful assistant. Help users write programs in any language.'), true);
});
