package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

func sendText(to, body string) {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp",
		"to":                to,
		"type":              "text",
		"text":              map[string]string{"body": body},
	})
	req, _ := http.NewRequest("POST", "https://graph.facebook.com/v21.0/"+os.Getenv("PHONE_NUMBER_ID")+"/messages", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	http.DefaultClient.Do(req)
}
