package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

// openSupportTicket creates a Freshdesk ticket in the "WhatsApp Support" group; agents reply via the
// Freshdesk WhatsApp channel integration.
func openSupportTicket(from, name string) error {
	body, _ := json.Marshal(map[string]any{
		"subject":     "WhatsApp support request",
		"description": fmt.Sprintf("User %s (%s) typed AGENT", name, from),
		"phone":       from,
		"name":        name,
		"status":      2,
		"priority":    2,
		"group_id":    84000123456,
	})
	req, _ := http.NewRequest(http.MethodPost, "https://saathi.freshdesk.com/api/v2/tickets", bytes.NewReader(body))
	req.SetBasicAuth(os.Getenv("FRESHDESK_KEY"), "X")
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
