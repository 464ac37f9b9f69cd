import Fastify from "fastify";
import { Mistral } from "@mistralai/mistralai";
import { CONSIGNES } from "./consignes.js";

const app = Fastify({ logger: true });
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? "" });
const CW = process.env.CHATWOOT_URL!;
const ACC = process.env.CHATWOOT_ACCOUNT_ID!;
const TOKEN = process.env.CHATWOOT_BOT_TOKEN!;

type CwEvent = {
  event: string;
  message_type: "incoming" | "outgoing";
  private: boolean;
  conversation: { id: number; channel: string };
};

async function historique(convId: number): Promise<string> {
  const r = await fetch(`${CW}/api/v1/accounts/${ACC}/conversations/${convId}/messages`, { headers: { api_access_token: TOKEN } });
  const { payload } = (await r.json()) as { payload: { message_type: number; content: string; private: boolean }[] };
  return payload
    .filter((m) => !m.private && m.content)
    .map((m) => `${m.message_type === 0 ? "Adhérent" : "Conseiller"} : ${m.content}`)
    .join("\n");
}

app.post("/chatwoot/events", async (req) => {
  const ev = req.body as CwEvent;
  if (ev.event !== "message_created" || ev.message_type !== "incoming") return { skip: true };
  if (ev.conversation.channel !== "Channel::Whatsapp") return { skip: true };

  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [
      { role: "system", content: CONSIGNES },
      { role: "user", content: await historique(ev.conversation.id) },
    ],
  });
  const brouillon = res.choices?.[0]?.message?.content ?? "";

  // Note PRIVÉE : visible uniquement par les conseillers, jamais envoyée sur WhatsApp.
  await fetch(`${CW}/api/v1/accounts/${ACC}/conversations/${ev.conversation.id}/messages`, {
    method: "POST",
    headers: { api_access_token: TOKEN, "content-type": "application/json" },
    body: JSON.stringify({ content: `💡 Brouillon IA :\n\n${brouillon}`, private: true }),
  });
  return { ok: true };
});

await app.listen({ port: Number(process.env.PORT ?? 8787), host: "0.0.0.0" });
