import Database from 'better-sqlite3';

const db = new Database('modaevim.db');
db.exec(`CREATE TABLE IF NOT EXISTS handoffs (
  phone TEXT PRIMARY KEY,
  customer_name TEXT,
  last_message TEXT,
  needs_human INTEGER DEFAULT 1,
  created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`);

// the support panel (panel.modaevim.com.tr) lists rows where needs_human = 1
export function requestHuman(phone, name, lastMessage) {
  db.prepare(
    `INSERT INTO handoffs (phone, customer_name, last_message, needs_human)
     VALUES (?, ?, ?, 1)
     ON CONFLICT(phone) DO UPDATE SET needs_human = 1, last_message = excluded.last_message`
  ).run(phone, name, lastMessage);
}

export function isWithHuman(phone) {
  const row = db.prepare('SELECT needs_human FROM handoffs WHERE phone = ?').get(phone);
  return row?.needs_human === 1;
}
