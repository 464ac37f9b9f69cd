require("dotenv").config();
const fs = require("fs");
const path = require("path");
const whatsAppClient = require("@green-api/whatsapp-api-client");
const Groq = require("groq-sdk");
const { balance, createTicket } = require("./billing");

const SYSTEM = fs.readFileSync(path.join(__dirname, "..", "prompts", "system.txt"), "utf8");
const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const restAPI = whatsAppClient.restAPI({
  idInstance: process.env.ID_INSTANCE,
  apiTokenInstance: process.env.API_TOKEN_INSTANCE,
});

const tools = [
  {
    type: "function",
    function: {
      name: "balance",
      description: "Баланс и статус по номеру договора",
      parameters: { type: "object", properties: { contract: { type: "string" } }, required: ["contract"] },
    },
  },
  {
    type: "function",
    function: {
      name: "create_ticket",
      description: "Заявка: выезд мастера или обратный звонок",
      parameters: {
        type: "object",
        properties: {
          contract: { type: "string" },
          type: { type: "string", enum: ["master", "callback"] },
          comment: { type: "string" },
        },
        required: ["type", "comment"],
      },
    },
  },
];

const dialogs = new Map();

async function answer(chatId, text) {
  const h = dialogs.get(chatId) || [];
  h.push({ role: "user", content: text });
  for (let i = 0; i < 3; i++) {
    const r = await groq.chat.completions.create({
      model: process.env.GROQ_MODEL,
      messages: [{ role: "system", content: SYSTEM }, ...h.slice(-16)],
      tools,
      temperature: 0.4,
    });
    const m = r.choices[0].message;
    h.push(m);
    if (!m.tool_calls) {
      dialogs.set(chatId, h);
      return m.content;
    }
    for (const call of m.tool_calls) {
      const args = JSON.parse(call.function.arguments || "{}");
      const res = call.function.name === "balance"
        ? await balance(args.contract)
        : await createTicket({ ...args, phone: chatId.replace("@c.us", "") });
      h.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(res) });
    }
  }
  return "Извините, сейчас не получается ответить. Позвоните нам: 8 800 555-47-12.";
}

async function loop() {
  for (;;) {
    const n = await restAPI.webhookService.receiveNotification();
    if (!n) continue;
    try {
      const b = n.body;
      if (b.typeWebhook === "incomingMessageReceived" && b.messageData.typeMessage === "textMessage") {
        const chatId = b.senderData.chatId;
        if (!chatId.endsWith("@g.us")) {
          const reply = await answer(chatId, b.messageData.textMessageData.textMessage);
          await restAPI.message.sendMessage(chatId, null, reply);
        }
      }
    } catch (e) {
      console.error(e);
    } finally {
      await restAPI.webhookService.deleteNotification(n.receiptId);
    }
  }
}

loop();
