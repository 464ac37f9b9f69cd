import Database from "better-sqlite3";

const db = new Database("metrics.db");
db.exec("create table if not exists events (ts integer, wa_id text, kind text, detail text)");

export function track(waId: string, kind: string, detail = ""): void {
  db.prepare("insert into events values (?, ?, ?, ?)").run(Date.now(), waId, kind, detail);
}
