import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function getSession(waId: string) {
  const { rows } = await pool.query(
    `insert into wa_sessions (wa_id) values ($1) on conflict (wa_id) do update set last_seen = now()
     returning wa_id, history, human_until, chatwoot_conversation_id`, [waId]);
  return rows[0] as { wa_id: string; history: { role: string; text: string }[]; human_until: Date | null; chatwoot_conversation_id: number };
}

export async function saveHistory(waId: string, history: unknown[]) {
  await pool.query('update wa_sessions set history = $2 where wa_id = $1', [waId, JSON.stringify(history.slice(-20))]);
}

export async function setHuman(waId: string, hours: number) {
  await pool.query(`update wa_sessions set human_until = now() + ($2 || ' hours')::interval where wa_id = $1`, [waId, hours]);
}
