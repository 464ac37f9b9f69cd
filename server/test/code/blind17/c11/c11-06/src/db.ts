import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export interface Row {
  wa_id: string;
  direction: "in" | "out";
  body: string;
  created_at: Date;
}

// Tabelle wird vom Webhook-Service (wa-inbox) befüllt
export async function messagesOfYesterday(): Promise<Row[]> {
  const { rows } = await pool.query<Row>(
    `select wa_id, direction, body, created_at
       from wa_messages
      where created_at >= current_date - interval '1 day'
        and created_at <  current_date
      order by wa_id, created_at`
  );
  return rows;
}

export const close = () => pool.end();
