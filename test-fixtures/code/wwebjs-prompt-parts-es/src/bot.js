import OpenAI from "openai";
import pkg from "whatsapp-web.js";
import * as partes from "./prompt/parts.js";

const { Client, LocalAuth } = pkg;
const openai = new OpenAI();
const client = new Client({ authStrategy: new LocalAuth() });
const ENCARGADO = process.env.ENCARGADO_WHATSAPP;
const pausados = new Set();

const SISTEMA = Object.values(partes).join("\n\n");

client.on("message", async (msg) => {
  if (pausados.has(msg.from)) return;
  if (/^librero$/i.test(msg.body.trim())) {
    pausados.add(msg.from);
    await client.sendMessage(ENCARGADO, `El cliente ${msg.from} quiere hablar con un librero.`);
    return msg.reply("Un compañero de la librería te escribe enseguida.");
  }
  const r = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: SISTEMA },
      { role: "user", content: msg.body },
    ],
  });
  await msg.reply(r.choices[0].message.content);
});

client.initialize();
