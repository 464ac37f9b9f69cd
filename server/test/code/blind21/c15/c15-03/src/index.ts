import "dotenv/config";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const whatsAppClient = require("@green-api/whatsapp-api-client");
import { getConfig } from "./config";
import { tanyaSekar } from "./gemini";

const restAPI = whatsAppClient.restAPI({
  idInstance: process.env.GREEN_ID_INSTANCE,
  apiTokenInstance: process.env.GREEN_API_TOKEN,
});

const ADMIN = process.env.ADMIN_CHAT_ID!;
// chat yang sedang dipegang admin -> bot diam sampai admin kirim "#selesai <nomor>"
const dipegangAdmin = new Set<string>();

async function kirim(chatId: string, text: string) {
  await restAPI.message.sendMessage(chatId, null, text);
}

async function handle(body: any) {
  if (body.typeWebhook !== "incomingMessageReceived") return;
  const chatId: string = body.senderData.chatId;
  const md = body.messageData;
  const text: string = md.textMessageData?.textMessage ?? md.extendedTextMessageData?.text ?? "";
  if (!text || chatId.endsWith("@g.us")) return;

  // perintah dari admin
  if (chatId === ADMIN) {
    const m = text.match(/^#selesai\s+(\d+)/i);
    if (m) {
      dipegangAdmin.delete(`${m[1]}@c.us`);
      await kirim(ADMIN, `Oke, bot aktif lagi untuk ${m[1]}`);
    }
    return;
  }

  if (dipegangAdmin.has(chatId)) return;

  const cfg = getConfig();
  if (cfg.keyword_admin.some((k) => text.trim().toUpperCase() === k)) {
    dipegangAdmin.add(chatId);
    const nama = body.senderData.senderName ?? "";
    await kirim(
      ADMIN,
      `🔔 Pelanggan minta admin\nNama: ${nama}\nNomor: wa.me/${chatId.replace("@c.us", "")}\nBalas langsung ke nomor itu, lalu kirim "#selesai ${chatId.replace("@c.us", "")}" kalau sudah.`
    );
    await kirim(chatId, `Siap Kak, pesan Kakak sudah diteruskan ke admin kami (${cfg.toko.jam_buka}). Mohon ditunggu ya 🙏`);
    return;
  }

  const jawab = await tanyaSekar(chatId, text);
  await kirim(chatId, jawab);
}

async function loop() {
  console.log("Sekar jalan...");
  for (;;) {
    try {
      const n = await restAPI.webhookService.receiveNotification();
      if (!n) continue;
      try {
        await handle(n.body);
      } finally {
        await restAPI.webhookService.deleteNotification(n.receiptId);
      }
    } catch (e) {
      console.error(e);
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

loop();
