import Fastify from "fastify";
import { sendMessage, type IncomingWebhook } from "./greenapi.js";
import { reply } from "./llm.js";

const app = Fastify({ logger: true });

app.post("/green-webhook", async (req, res) => {
  const hook = req.body as IncomingWebhook;
  res.code(200).send();

  if (hook.typeWebhook !== "incomingMessageReceived") return;
  const chatId = hook.senderData?.chatId;
  if (!chatId || chatId.endsWith("@g.us")) return;

  const text =
    hook.messageData?.textMessageData?.textMessage ??
    hook.messageData?.extendedTextMessageData?.text;
  if (!text) return;

  const answer = await reply(chatId, text);
  await sendMessage(chatId, answer);
});

app.listen({ port: Number(process.env.PORT ?? 8000), host: "0.0.0.0" });
