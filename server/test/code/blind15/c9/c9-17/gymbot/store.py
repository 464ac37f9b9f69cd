import sqlite3
import time

db = sqlite3.connect("gymbot.db", check_same_thread=False)
db.execute("create table if not exists handoff (wa_id text primary key, since real)")


def start_handoff(wa_id: str) -> None:
    db.execute("insert or replace into handoff values (?, ?)", (wa_id, time.time()))
    db.commit()


def in_handoff(wa_id: str) -> bool:
    row = db.execute("select since from handoff where wa_id = ?", (wa_id,)).fetchone()
    return bool(row) and time.time() - row[0] < 8 * 3600


def end_handoff(wa_id: str) -> None:
    db.execute("delete from handoff where wa_id = ?", (wa_id,))
    db.commit()
