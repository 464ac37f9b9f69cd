import wppconnect from "@wppconnect-team/wppconnect";
import { responder } from "./ia.js";

const client = await wppconnect.create({
  session: "altamira",
  catchQR: (_b64, ascii) => console.log(ascii),
  headless: true,
});

client.onMessage(async (message) => {
  if (message.isGroupMsg || message.fromMe || message.type !== "chat") return;
  if (message.from === process.env.ASESOR_WHATSAPP) return;
  try {
    const respuesta = await responder(client, message.from, message.body ?? "");
    if (respuesta.trim()) await client.sendText(message.from, respuesta);
  } catch (err) {
    console.error(err);
  }
});
