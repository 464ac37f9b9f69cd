import { App } from '@slack/bolt';
import { summarizeThread } from './summarize.js';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  appToken: process.env.SLACK_APP_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  socketMode: true,
});

app.event('app_mention', async ({ event, client, say }) => {
  const threadTs = event.thread_ts ?? event.ts;
  const replies = await client.conversations.replies({ channel: event.channel, ts: threadTs, limit: 200 });
  const lines = (replies.messages ?? []).map((m) => `<@${m.user}>: ${m.text}`);
  const question = event.text.replace(/<@[^>]+>/g, '').trim() || undefined;

  const summary = await summarizeThread(lines, question);
  await say({ text: summary, thread_ts: threadTs });
});

await app.start();
console.log('⚡ TL;DR bot running');
