import "dotenv/config";
import { Client, LocalAuth, Message } from "whatsapp-web.js";
import qrcode from "qrcode-terminal";
import { tanya, reset } from "./gpt";

const client = new Client({
  authStrategy: new LocalAuth({ clientId: "gpt-bot" }),
  puppeteer: { args: ["--no-sandbox", "--disable-setuid-sandbox"] },
});

client.on("qr", (qr) => qrcode.generate(qr, { small: true }));
client.on("ready", () => console.log("✅ Bot siap!"));

const MENU = `*Menu Bot* 🤖
!tanya <pertanyaan> — tanya apa aja ke AI
!reset — mulai obrolan baru
!menu — tampilkan menu ini`;

client.on("message", async (msg: Message) => {
  const teks = msg.body.trim();
  if (teks === "!menu") return void msg.reply(MENU);
  if (teks === "!reset") {
    reset(msg.from);
    return void msg.reply("Riwayat obrolan dihapus 👍");
  }
  if (!teks.toLowerCase().startsWith("!tanya")) return;

  const q = teks.slice(6).trim();
  if (!q) return void msg.reply("Contoh: !tanya resep nasi goreng kampung");

  const chat = await msg.getChat();
  await chat.sendStateTyping();
  try {
    const jawaban = await tanya(msg.from, q);
    await msg.reply(jawaban);
  } catch (e) {
    console.error(e);
    await msg.reply("Waduh, lagi error nih. Coba lagi ya 🙏");
  }
});

client.initialize();
