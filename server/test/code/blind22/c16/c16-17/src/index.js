const Fastify = require('fastify');
const OpenAI = require('openai');
const { Pool } = require('pg');
const { sendText } = require('./evolution');

const db = new Pool({ connectionString: process.env.DATABASE_URL });
const llm = new OpenAI({ baseURL: process.env.LLM_BASE_URL || 'http://ollama:11434/v1', apiKey: 'ollama' });
const app = Fastify({ logger: true });

const PAUSE_HOURS = 8;

app.post('/webhook/evolution', async (req, reply) => {
  const { event, instance, data } = req.body || {};
  reply.send({ ok: true });
  if (event !== 'messages.upsert' || !data || data.key.fromMe) return;
  const jid = data.key.remoteJid;
  if (jid.endsWith('@g.us')) return;
  const text = data.message?.conversation || data.message?.extendedTextMessage?.text;
  if (!text) return;

  const { rows: [tenant] } = await db.query('select * from tenants where instance = $1', [instance]);
  if (!tenant) return app.log.warn({ instance }, 'unknown tenant');

  const { rows: [chat] } = await db.query(
    `insert into chats (instance, jid) values ($1, $2)
     on conflict (instance, jid) do update set jid = excluded.jid returning *`, [instance, jid]);

  if (chat.paused_till && new Date(chat.paused_till) > new Date()) return; // ведёт менеджер

  const number = jid.split('@')[0];
  const lower = text.toLowerCase();
  if (tenant.managers_jid && tenant.handoff_words.some((w) => lower.includes(w))) {
    await db.query(`update chats set paused_till = now() + interval '${PAUSE_HOURS} hours' where instance=$1 and jid=$2`, [instance, jid]);
    await sendText(instance, tenant.managers_jid,
      `📞 Клиент просит живого сотрудника: ${data.pushName || ''} +${number}\nhttps://wa.me/${number}\nПоследнее сообщение: «${text}»`);
    return sendText(instance, number, 'Передал ваш запрос менеджеру, он ответит здесь в течение 15 минут в рабочее время (8:00–20:00).');
  }

  const history = [...chat.history, { role: 'user', content: text }].slice(-12);
  const res = await llm.chat.completions.create({
    model: process.env.LLM_MODEL || 'qwen2.5:14b-instruct',
    messages: [{ role: 'system', content: tenant.system_prompt }, ...history],
    temperature: 0.3,
  });
  const answer = res.choices[0].message.content;
  await db.query('update chats set history = $3 where instance=$1 and jid=$2',
    [instance, jid, JSON.stringify([...history, { role: 'assistant', content: answer }])]);
  await sendText(instance, number, answer);
});

app.listen({ port: 3000, host: '0.0.0.0' });
