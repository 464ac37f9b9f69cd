import fs from "node:fs/promises";
import pg from "pg";
import OpenAI from "openai";
import { WebClient } from "@slack/web-api";

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
const openai = new OpenAI();
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

async function main() {
  await db.connect();
  const { rows } = await db.query(
    `select wa_id, store, direction, body, created_at
       from wa_messages
      where created_at >= date_trunc('day', now() at time zone 'Asia/Tokyo') - interval '1 day'
        and created_at <  date_trunc('day', now() at time zone 'Asia/Tokyo')
      order by wa_id, created_at`
  );
  await db.end();
  if (rows.length === 0) return;

  const prompt = await fs.readFile(new URL("../../prompts/digest.ja.md", import.meta.url), "utf8");
  const log = rows.map((r) => JSON.stringify({ ...r, wa_id: String(r.wa_id).slice(-4) })).join("\n");

  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    temperature: 0.2,
    messages: [
      { role: "system", content: prompt },
      { role: "user", content: log },
    ],
  });

  await slack.chat.postMessage({
    channel: process.env.SLACK_CHANNEL!,
    text: res.choices[0].message.content ?? "(レポート生成失敗)",
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
