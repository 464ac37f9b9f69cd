const OpenAI = require("openai");
const { WebClient } = require("@slack/web-api");
const { resolvedSince, transcript } = require("./lib/chatwoot");
const { SUMMARY_PROMPT, DIGEST_PROMPT } = require("./lib/prompts");

const openai = new OpenAI();
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

async function main() {
  const since = Math.floor(Date.now() / 1000) - 24 * 3600;
  const convs = await resolvedSince(since, process.env.WHATSAPP_INBOX_ID);
  console.log(`${convs.length} conversations`);

  const summaries = [];
  for (const c of convs) {
    const t = await transcript(c.id);
    if (t.length < 40) continue;
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: SUMMARY_PROMPT },
        { role: "user", content: t.slice(0, 12000) },
      ],
    });
    summaries.push({ id: c.id, ...JSON.parse(r.choices[0].message.content) });
  }

  const d = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: DIGEST_PROMPT },
      { role: "user", content: JSON.stringify(summaries) },
    ],
  });

  await slack.chat.postMessage({
    channel: process.env.SLACK_CHANNEL || "#cx-daily",
    text: `*WhatsApp support — last 24h (${summaries.length} chats)*\n${d.choices[0].message.content}`,
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
