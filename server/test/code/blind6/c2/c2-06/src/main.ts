import "dotenv/config";
import venom, { type Whatsapp, type Message } from "venom-bot";
import { chat, forget } from "./gemini.js";

function start(client: Whatsapp) {
  client.onMessage(async (message: Message) => {
    if (message.isGroupMsg || message.type !== "chat") return;

    if (message.body.trim() === "#جديد") {
      forget(message.from);
      await client.sendText(message.from, "تم بدء محادثة جديدة ✨");
      return;
    }

    try {
      const reply = await chat(message.from, message.body);
      await client.sendText(message.from, reply);
    } catch (e) {
      console.error(e);
      await client.sendText(message.from, "عذرًا، حدث خطأ. حاول مرة أخرى.");
    }
  });
}

venom
  .create({ session: "rafiq", headless: "new" })
  .then(start)
  .catch((err) => console.error(err));
