import express from "express";
import OpenAI from "openai";
import { SYSTEM_INSTRUCTIONS } from "./prompts";
import { escalateToAgent, openDispute } from "./services/freshdesk";
import { sendText } from "./services/whatsapp";

const app = express();
app.use(express.json());
const openai = new OpenAI();
const lastResponse = new Map<string, string>();
const paused = new Set<string>();

const tools: OpenAI.Responses.Tool[] = [
  { type: "function", name: "escalate_to_agent", strict: false, description: "Hand the chat to a human KudiPal support agent",
    parameters: { type: "object", properties: { summary: { type: "string" } }, required: ["summary"] } },
  { type: "function", name: "open_dispute", strict: false, description: "Open a transfer dispute",
    parameters: { type: "object", properties: { reference: { type: "string" } }, required: ["reference"] } },
];

app.get("/webhook", (req, res) => {
  if (req.query["hub.mode"] === "subscribe" && req.query["hub.verify_token"] === process.env.WA_VERIFY_TOKEN) {
    res.send(req.query["hub.challenge"]);
  } else res.sendStatus(403);
});

app.post("/webhook", async (req, res) => {
  res.sendStatus(200);
  const value = req.body.entry?.[0]?.changes?.[0]?.value;
  const msg = value?.messages?.[0];
  if (!msg || msg.type !== "text") return;
  const waId: string = msg.from;
  const name: string = value.contacts?.[0]?.profile?.name ?? "Customer";
  if (paused.has(waId)) return; // agent owns the chat now

  const r = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: SYSTEM_INSTRUCTIONS,
    input: msg.text.body,
    tools,
    previous_response_id: lastResponse.get(waId),
  });
  lastResponse.set(waId, r.id);

  const call = r.output.find((o) => o.type === "function_call");
  if (call && call.type === "function_call") {
    const args = JSON.parse(call.arguments || "{}");
    if (call.name === "escalate_to_agent") {
      paused.add(waId);
      await sendText(waId, await escalateToAgent(waId, name, args.summary ?? msg.text.body));
      return;
    }
    if (call.name === "open_dispute") {
      await sendText(waId, await openDispute(waId, args.reference));
      return;
    }
  }
  await sendText(waId, r.output_text);
});

app.listen(Number(process.env.PORT ?? 3000));
