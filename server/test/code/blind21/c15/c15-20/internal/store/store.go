package store

import (
	"database/sql"
	"time"

	_ "modernc.org/sqlite"
)

type Store struct{ db *sql.DB }

func Open(path string) (*Store, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	_, err = db.Exec(`
CREATE TABLE IF NOT EXISTS conversations(
  wa_id TEXT PRIMARY KEY,
  mode TEXT NOT NULL DEFAULT 'bot',   -- bot | human
  reason TEXT,
  updated_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS messages(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  wa_id TEXT, role TEXT, body TEXT, created_at TIMESTAMP
);`)
	return &Store{db}, err
}

func (s *Store) Mode(waID string) string {
	var m string
	if err := s.db.QueryRow(`SELECT mode FROM conversations WHERE wa_id=?`, waID).Scan(&m); err != nil {
		return "bot"
	}
	return m
}

func (s *Store) SetMode(waID, mode, reason string) error {
	_, err := s.db.Exec(`INSERT INTO conversations(wa_id, mode, reason, updated_at) VALUES(?,?,?,?)
ON CONFLICT(wa_id) DO UPDATE SET mode=excluded.mode, reason=excluded.reason, updated_at=excluded.updated_at`,
		waID, mode, reason, time.Now())
	return err
}

func (s *Store) Log(waID, role, body string) {
	s.db.Exec(`INSERT INTO messages(wa_id, role, body, created_at) VALUES(?,?,?,?)`, waID, role, body, time.Now())
}

type Pending struct {
	WaID, Reason string
	Updated      time.Time
}

func (s *Store) WaitingForStaff() ([]Pending, error) {
	rows, err := s.db.Query(`SELECT wa_id, COALESCE(reason,''), updated_at FROM conversations WHERE mode='human' ORDER BY updated_at`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Pending
	for rows.Next() {
		var p Pending
		rows.Scan(&p.WaID, &p.Reason, &p.Updated)
		out = append(out, p)
	}
	return out, nil
}
