const express = require('express');
const whatsAppClient = require('@green-api/whatsapp-api-client');
const Database = require('better-sqlite3');
const { buatPrompt } = require('./prompt');
const { tanya } = require('./llm');

const db = new Database(process.env.DB_PATH || 'jelajah.db');
db.exec(`CREATE TABLE IF NOT EXISTS sesi (chat_id TEXT PRIMARY KEY, riwayat TEXT, mode TEXT DEFAULT 'bot');
         CREATE TABLE IF NOT EXISTS member (phone TEXT PRIMARY KEY, nama TEXT, tier TEXT DEFAULT 'silver');`);

const restAPI = whatsAppClient.restAPI({ idInstance: process.env.GREEN_ID, apiTokenInstance: process.env.GREEN_TOKEN });
const KANTOR_CS = (process.env.CS_NUMBER || '6281322045518') + '@c.us';

function cariMember(chatId) {
  return db.prepare('SELECT tier FROM member WHERE phone = ?').get(chatId.split('@')[0]);
}

const app = express();
app.use(express.json());

app.post('/green-webhook', async (req, res) => {
  res.sendStatus(200);
  const b = req.body;
  if (b.typeWebhook !== 'incomingMessageReceived') return;
  const chatId = b.senderData.chatId;
  const teks = b.messageData?.textMessageData?.textMessage || b.messageData?.extendedTextMessageData?.text;
  if (!teks || chatId.endsWith('@g.us')) return;

  const sesi = db.prepare('SELECT * FROM sesi WHERE chat_id = ?').get(chatId) || { riwayat: '[]', mode: 'bot' };
  if (sesi.mode === 'cs') return; // staf sedang menangani

  if (teks.trim().toUpperCase() === 'CS') {
    db.prepare(`INSERT INTO sesi (chat_id, riwayat, mode) VALUES (?, ?, 'cs') ON CONFLICT(chat_id) DO UPDATE SET mode='cs'`).run(chatId, sesi.riwayat);
    await restAPI.message.sendMessage(KANTOR_CS, null, `Pelanggan ${b.senderData.senderName} (${chatId.split('@')[0]}) minta bicara dengan CS.`);
    await restAPI.message.sendMessage(chatId, null, 'Baik kak, tim CS kami akan lanjutkan chat ini ya (Senin–Sabtu 08.00–20.00) 🙏');
    return;
  }

  const riwayat = JSON.parse(sesi.riwayat);
  riwayat.push({ role: 'user', content: teks });
  const jawaban = await tanya(buatPrompt(cariMember(chatId)), riwayat.slice(-12));
  riwayat.push({ role: 'assistant', content: jawaban });
  db.prepare(`INSERT INTO sesi (chat_id, riwayat) VALUES (?, ?) ON CONFLICT(chat_id) DO UPDATE SET riwayat=excluded.riwayat`).run(chatId, JSON.stringify(riwayat.slice(-12)));
  await restAPI.message.sendMessage(chatId, null, jawaban);
});

app.listen(process.env.PORT || 8080);
