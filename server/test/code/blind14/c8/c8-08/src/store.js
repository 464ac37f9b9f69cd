const Database = require("better-sqlite3");
const db = new Database(process.env.DB_PATH || "clinic.db");

db.exec(`CREATE TABLE IF NOT EXISTS handoff (chat TEXT PRIMARY KEY, since INTEGER);
CREATE TABLE IF NOT EXISTS history (chat TEXT, role TEXT, content TEXT, ts INTEGER);`);

module.exports = {
  isWithStaff: (chat) => !!db.prepare("SELECT 1 FROM handoff WHERE chat=?").get(chat),
  setStaff: (chat) => db.prepare("INSERT OR REPLACE INTO handoff VALUES (?, ?)").run(chat, Date.now()),
  release: (chat) => db.prepare("DELETE FROM handoff WHERE chat=?").run(chat),
  push: (chat, role, content) =>
    db.prepare("INSERT INTO history VALUES (?,?,?,?)").run(chat, role, content, Date.now()),
  last: (chat, n = 10) =>
    db
      .prepare("SELECT role, content FROM history WHERE chat=? ORDER BY ts DESC LIMIT ?")
      .all(chat, n)
      .reverse(),
};
