import express from "express";
import fs from "node:fs";
import path from "node:path";
import OpenAI from "openai";
import twilio from "twilio";
import { verifierDispo, creerReservation } from "./outils.js";

const INSTRUCTIONS = fs.readFileSync(path.resolve("prompts/systeme.md"), "utf8");
const openai = new OpenAI();
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_WHATSAPP_FROM!; // whatsapp:+33...
const RESPONSABLE = process.env.RESPONSABLE_WHATSAPP ?? "whatsapp:+33478425190";

const dernierId = new Map<string, string>();
const enMainsHumaines = new Set<string>();

const tools: OpenAI.Responses.Tool[] = [
  {
    type: "function",
    name: "verifier_dispo",
    description: "Vérifie s'il reste de la place pour un créneau",
    strict: true,
    parameters: {
      type: "object",
      properties: { date: { type: "string" }, heure: { type: "string" }, couverts: { type: "integer" } },
      required: ["date", "heure", "couverts"],
      additionalProperties: false,
    },
  },
  {
    type: "function",
    name: "creer_reservation",
    description: "Enregistre la réservation",
    strict: true,
    parameters: {
      type: "object",
      properties: {
        nom: { type: "string" },
        date: { type: "string" },
        heure: { type: "string" },
        couverts: { type: "integer" },
      },
      required: ["nom", "date", "heure", "couverts"],
      additionalProperties: false,
    },
  },
];

async function repondre(tel: string, texte: string): Promise<string> {
  let resp = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: INSTRUCTIONS,
    input: texte,
    tools,
    previous_response_id: dernierId.get(tel),
  });
  for (let i = 0; i < 3; i++) {
    const appels = resp.output.filter((o) => o.type === "function_call") as any[];
    if (!appels.length) break;
    const sorties = appels.map((c) => {
      const a = JSON.parse(c.arguments);
      const res = c.name === "verifier_dispo" ? verifierDispo(a.date, a.heure, a.couverts) : creerReservation({ ...a, tel });
      return { type: "function_call_output" as const, call_id: c.call_id, output: JSON.stringify(res) };
    });
    resp = await openai.responses.create({
      model: "gpt-4.1-mini",
      instructions: INSTRUCTIONS,
      input: sorties,
      tools,
      previous_response_id: resp.id,
    });
  }
  dernierId.set(tel, resp.id);
  return resp.output_text;
}

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post("/twilio/whatsapp", async (req, res) => {
  const from: string = req.body.From;
  const body: string = (req.body.Body ?? "").trim();
  res.type("text/xml").send("<Response/>");

  if (enMainsHumaines.has(from)) return;

  const reponse = await repondre(from, body);
  if (reponse.startsWith("[[HUMAIN]]")) {
    enMainsHumaines.add(from);
    const resume = reponse.replace("[[HUMAIN]]", "").trim();
    await tw.messages.create({
      from: FROM,
      to: RESPONSABLE,
      body: `Client ${from.replace("whatsapp:", "")} à rappeler : ${resume}`,
    });
    await tw.messages.create({
      from: FROM,
      to: from,
      body: "Je transmets votre demande à l'équipe de Chez Margaux, quelqu'un vous répond ici très vite.",
    });
    return;
  }
  await tw.messages.create({ from: FROM, to: from, body: reponse });
});

// l'équipe rend la main au bot : POST /admin/reprise {"tel":"whatsapp:+33..."}
app.post("/admin/reprise", express.json(), (req, res) => {
  enMainsHumaines.delete(req.body.tel);
  res.json({ ok: true });
});

app.listen(3000);
