const { Ollama } = require("ollama");
const green = require("./lib/greenapi");
const memory = require("./lib/memory");

const ollama = new Ollama({ host: process.env.OLLAMA_HOST || "http://127.0.0.1:11434" });
const MODEL = process.env.MODEL || "masha";

async function handle(body) {
  if (body.typeWebhook !== "incomingMessageReceived") return;
  const chatId = body.senderData.chatId;
  const md = body.messageData;
  const text = md.textMessageData?.textMessage || md.extendedTextMessageData?.text;
  if (!text) return;

  if (text.trim().toLowerCase() === "/сброс") {
    memory.clear(chatId);
    return green.sendMessage(chatId, "Всё, начинаем с чистого листа ✨");
  }

  memory.add(chatId, "user", text);
  const res = await ollama.chat({ model: MODEL, messages: memory.get(chatId) });
  memory.add(chatId, "assistant", res.message.content);
  await green.sendMessage(chatId, res.message.content);
}

async function loop() {
  console.log("Маша слушает…");
  for (;;) {
    try {
      const n = await green.receive();
      if (!n) continue;
      try {
        await handle(n.body);
      } finally {
        await green.ack(n.receiptId);
      }
    } catch (e) {
      console.error("ошибка:", e.message);
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

loop();
