import "dotenv/config";
import fs from "node:fs";
import Anthropic from "@anthropic-ai/sdk";
import nodemailer from "nodemailer";
import { traerConversaciones } from "./fetchMessages.js";

const dias = Number((process.argv.find((a) => a.startsWith("--dias=")) ?? "--dias=1").split("=")[1]);
const desde = new Date(Date.now() - dias * 24 * 3600 * 1000);

const PROMPT = fs.readFileSync(new URL("../prompts/resumen.txt", import.meta.url), "utf8");

function formatear(conversaciones) {
  let out = "";
  for (const [numero, msgs] of conversaciones) {
    out += `\n### ${numero.replace("whatsapp:", "")}\n`;
    for (const m of msgs) out += `[${m.cuando.toISOString().slice(11, 16)}] ${m.quien}: ${m.texto}\n`;
  }
  return out;
}

async function main() {
  const conversaciones = await traerConversaciones(desde);
  if (conversaciones.size === 0) {
    console.log("Sin conversaciones en el período.");
    return;
  }

  const anthropic = new Anthropic();
  const res = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 2000,
    system: PROMPT,
    messages: [{ role: "user", content: formatear(conversaciones) }],
  });
  const resumen = res.content.map((b) => (b.type === "text" ? b.text : "")).join("");

  const transporte = nodemailer.createTransport(process.env.SMTP_URL);
  await transporte.sendMail({
    from: "Resúmenes WhatsApp <resumenes@inmoferreyra.com.ar>",
    to: process.env.DESTINATARIOS,
    subject: `Resumen WhatsApp ${new Date().toLocaleDateString("es-AR")} (${conversaciones.size} chats)`,
    text: resumen,
  });
  console.log("Resumen enviado a", process.env.DESTINATARIOS);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
