import express from "express";
import twilio from "twilio";
import { ChatOpenAI } from "@langchain/openai";
import { AIMessage, HumanMessage, SystemMessage, BaseMessage } from "@langchain/core/messages";
import { buildPrompt, loadTenant } from "./prompt";
import { openTicket } from "./handoff";

const app = express();
app.use(express.urlencoded({ extended: false }));

const tenant = loadTenant();
const systemPrompt = buildPrompt(tenant);
const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0.6 });
const tw = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

const memory = new Map<string, BaseMessage[]>();
const withHuman = new Set<string>();

app.post("/whatsapp", async (req, res) => {
  const from: string = req.body.From; // whatsapp:+234...
  const text: string = (req.body.Body ?? "").trim();
  res.type("text/xml").send("<Response/>");

  if (withHuman.has(from)) return; // a human agent has this conversation in Freshdesk

  const h = memory.get(from) ?? [];

  if (text.toUpperCase() === tenant.handoffKeyword) {
    await openTicket(from.replace("whatsapp:", ""), h.slice(-6).map((m) => String(m.content)));
    withHuman.add(from);
    await tw.messages.create({
      from: process.env.TWILIO_WHATSAPP_FROM,
      to: from,
      body: `No wahala 🙏 Someone from the ${tenant.brand} support team go reply you here shortly (Mon–Sat, 8am–8pm).`,
    });
    return;
  }

  h.push(new HumanMessage(text));
  const out = await llm.invoke([new SystemMessage(systemPrompt), ...h.slice(-12)]);
  h.push(new AIMessage(String(out.content)));
  memory.set(from, h);

  await tw.messages.create({ from: process.env.TWILIO_WHATSAPP_FROM, to: from, body: String(out.content) });
});

app.listen(Number(process.env.PORT ?? 8080), () => console.log("Ask Naija up"));
