package freshdesk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

// CreateTicket zet een ticket in de groep "Klantenservice winkel"; de collega's bellen of appen terug.
func CreateTicket(phone, name, description string) (int, error) {
	payload, _ := json.Marshal(map[string]any{
		"name":        name,
		"phone":       "+" + phone,
		"subject":     "WhatsApp: klant wil een medewerker spreken",
		"description": description,
		"status":      2,
		"priority":    2,
		"source":      13,
		"group_id":    80000412345,
		"tags":        []string{"whatsapp-bot"},
	})
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("https://%s/api/v2/tickets", os.Getenv("FRESHDESK_DOMAIN")), bytes.NewReader(payload))
	req.SetBasicAuth(os.Getenv("FRESHDESK_API_KEY"), "X")
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	var out struct {
		ID int `json:"id"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return 0, err
	}
	return out.ID, nil
}
