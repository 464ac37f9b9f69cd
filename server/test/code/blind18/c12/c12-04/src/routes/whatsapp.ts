import { Router } from "express";
import OpenAI from "openai";
import twilio from "twilio";
import { SYSTEM_PROMPT } from "../prompt";

const router = Router();
const openai = new OpenAI();
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_WHATSAPP_FROM!;
const STAFF = process.env.STAFF_WHATSAPP!;

const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "transmettre_accueil",
      description: "Relaye la demande du membre au WhatsApp de l'accueil (humains).",
      parameters: {
        type: "object",
        properties: { resume: { type: "string" } },
        required: ["resume"],
      },
    },
  },
];

router.post("/incoming", async (req, res) => {
  const from: string = req.body.From;
  const body: string = req.body.Body ?? "";

  const completion = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: body },
    ],
    tools,
  });

  const choice = completion.choices[0].message;
  let answer = choice.content ?? "";
  const call = choice.tool_calls?.[0];
  if (call?.function.name === "transmettre_accueil") {
    const { resume } = JSON.parse(call.function.arguments);
    await tw.messages.create({ from: FROM, to: STAFF, body: `📩 ${from.replace("whatsapp:", "")} : ${resume}` });
    answer = "C'est transmis à l'accueil 🐝 Camille ou Yanis te répondent ici très vite.";
  }

  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message(answer);
  res.type("text/xml").send(twiml.toString());
});

// l'accueil répond "+336xxxxxxx: texte" depuis son WhatsApp, on relaie au membre
router.post("/staff-reply", async (req, res) => {
  const m = /^(\+\d{8,15})\s*:\s*([\s\S]+)$/.exec(req.body.Body ?? "");
  if (req.body.From === STAFF && m) {
    await tw.messages.create({ from: FROM, to: `whatsapp:${m[1]}`, body: `👤 Accueil La Ruche : ${m[2]}` });
  }
  res.sendStatus(204);
});

export default router;
