import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.SUPPORT_DB_URL });

export interface Conv {
  id: string;
  agent: string | null;
  tags: string[];
  status: string;
  transcript: string;
}

export async function yesterdaysConversations(): Promise<Conv[]> {
  const { rows } = await pool.query(`
    select c.id, a.name as agent, c.tags, c.status,
           string_agg(m.sender || ': ' || m.body, E'\n' order by m.created_at) as transcript
      from conversations c
      left join agents a on a.id = c.agent_id
      join messages m on m.conversation_id = c.id
     where c.channel = 'whatsapp'
       and c.created_at >= current_date - interval '1 day'
       and c.created_at <  current_date
     group by c.id, a.name`);
  await pool.end();
  return rows;
}
