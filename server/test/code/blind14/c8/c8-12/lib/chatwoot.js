const axios = require("axios");

const cw = axios.create({
  baseURL: `${process.env.CHATWOOT_URL}/api/v1/accounts/${process.env.CHATWOOT_ACCOUNT_ID}`,
  headers: { api_access_token: process.env.CHATWOOT_TOKEN },
});

async function resolvedSince(sinceUnix, inboxId) {
  const out = [];
  for (let page = 1; page < 20; page++) {
    const { data } = await cw.get("/conversations", { params: { status: "resolved", inbox_id: inboxId, page } });
    const items = data.data.payload.filter((c) => c.last_activity_at >= sinceUnix);
    out.push(...items);
    if (data.data.payload.length < 25) break;
  }
  return out;
}

async function transcript(convId) {
  const { data } = await cw.get(`/conversations/${convId}/messages`);
  return data.payload
    .filter((m) => !m.private && m.content)
    .map((m) => `${m.message_type === 0 ? "CUSTOMER" : m.sender?.type === "agent_bot" ? "BOT" : "AGENT"}: ${m.content}`)
    .join("\n");
}

module.exports = { resolvedSince, transcript };
