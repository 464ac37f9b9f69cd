import fs from "node:fs";
import OpenAI from "openai";
import { WebClient } from "@slack/web-api";
import { close, messagesOfYesterday } from "../db.js";

const openai = new OpenAI();
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const prompt = fs.readFileSync(new URL("../../prompts/tagesbericht.txt", import.meta.url), "utf8");

async function main() {
  const rows = await messagesOfYesterday();
  if (rows.length === 0) {
    await slack.chat.postMessage({ channel: process.env.SLACK_CHANNEL!, text: "Gestern keine WhatsApp-Chats." });
    return;
  }

  const transcript = rows
    .map((r) => `[${r.wa_id}] ${r.direction === "in" ? "Kunde" : "Brandt"}: ${r.body}`)
    .join("\n");

  const out = await openai.chat.completions.create({
    model: "gpt-4o",
    temperature: 0.2,
    messages: [
      { role: "system", content: prompt },
      { role: "user", content: transcript.slice(0, 120_000) },
    ],
  });

  await slack.chat.postMessage({
    channel: process.env.SLACK_CHANNEL!,
    text: `*WhatsApp-Tagesbericht* (${new Date(Date.now() - 864e5).toLocaleDateString("de-DE")})\n\n` +
      (out.choices[0].message.content ?? ""),
  });
}

main().finally(close);
