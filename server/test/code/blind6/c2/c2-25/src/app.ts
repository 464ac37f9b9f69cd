import bolt from "@slack/bolt";
import { answer } from "./llm.js";

const { App } = bolt;

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  appToken: process.env.SLACK_APP_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  socketMode: true,
});

app.event("app_mention", async ({ event, client, say }) => {
  const question = event.text.replace(/<@[^>]+>/g, "").trim();
  const ts = event.thread_ts ?? event.ts;

  const replies = await client.conversations.replies({ channel: event.channel, ts });
  const thread = (replies.messages ?? [])
    .slice(0, -1)
    .map((m) => ({ role: m.bot_id ? ("assistant" as const) : ("user" as const), content: m.text ?? "" }));

  await say({ text: await answer(question, thread), thread_ts: ts });
});

app.message(async ({ message, say }) => {
  if (message.channel_type !== "im" || !("text" in message) || !message.text) return;
  await say(await answer(message.text));
});

await app.start();
console.log("⚡ askbot running");
