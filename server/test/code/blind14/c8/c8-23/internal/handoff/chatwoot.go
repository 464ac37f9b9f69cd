package handoff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"sync"
)

type Chatwoot struct {
	BaseURL   string
	AccountID int
	InboxID   int
	Label     string

	mu     sync.Mutex
	paused map[string]bool
}

func (c *Chatwoot) call(method, path string, body any) (*http.Response, error) {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(method, fmt.Sprintf("%s/api/v1/accounts/%d%s", c.BaseURL, c.AccountID, path), bytes.NewReader(b))
	req.Header.Set("api_access_token", os.Getenv("CHATWOOT_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

func (c *Chatwoot) IsPaused(waID string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.paused[waID]
}

func (c *Chatwoot) Resume(waID string) {
	c.mu.Lock()
	delete(c.paused, waID)
	c.mu.Unlock()
}

// Escalate opens the conversation in Chatwoot, labels it for the care team and pauses the bot.
func (c *Chatwoot) Escalate(convID int, waID string) error {
	c.mu.Lock()
	if c.paused == nil {
		c.paused = map[string]bool{}
	}
	c.paused[waID] = true
	c.mu.Unlock()

	if _, err := c.call("POST", fmt.Sprintf("/conversations/%d/labels", convID), map[string]any{"labels": []string{c.Label}}); err != nil {
		return err
	}
	_, err := c.call("POST", fmt.Sprintf("/conversations/%d/toggle_status", convID), map[string]string{"status": "open"})
	return err
}

// ConversationFor finds (or creates) the Chatwoot conversation mirroring this WhatsApp user.
func (c *Chatwoot) ConversationFor(waID, name string) (int, error) {
	res, err := c.call("POST", "/contacts", map[string]any{"inbox_id": c.InboxID, "name": name, "phone_number": "+" + waID})
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	var out struct {
		Payload struct {
			ContactInbox struct {
				SourceID string `json:"source_id"`
			} `json:"contact_inbox"`
			Contact struct {
				ID int `json:"id"`
			} `json:"contact"`
		} `json:"payload"`
	}
	json.NewDecoder(res.Body).Decode(&out)
	r2, err := c.call("POST", "/conversations", map[string]any{
		"source_id": out.Payload.ContactInbox.SourceID, "inbox_id": c.InboxID, "contact_id": out.Payload.Contact.ID,
	})
	if err != nil {
		return 0, err
	}
	defer r2.Body.Close()
	var conv struct {
		ID int `json:"id"`
	}
	json.NewDecoder(r2.Body).Decode(&conv)
	return conv.ID, nil
}
