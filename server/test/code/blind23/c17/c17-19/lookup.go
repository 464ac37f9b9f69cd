package main

import (
	"database/sql"
	"os"
)

var db *sql.DB

func lookupConversation(waID string) (int, error) {
	if db == nil {
		var err error
		if db, err = sql.Open("postgres", os.Getenv("DATABASE_URL")); err != nil {
			return 0, err
		}
	}
	var id int
	err := db.QueryRow("select chatwoot_conversation_id from wa_contacts where wa_id = $1", waID).Scan(&id)
	return id, err
}
