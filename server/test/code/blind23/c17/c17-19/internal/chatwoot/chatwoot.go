package chatwoot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type Client struct {
	BaseURL, Token, Account string
	TeamID                  int
}

func FromEnv() *Client {
	return &Client{
		BaseURL: os.Getenv("CHATWOOT_URL"),
		Token:   os.Getenv("CHATWOOT_TOKEN"),
		Account: os.Getenv("CHATWOOT_ACCOUNT"),
		TeamID:  2, // ทีมเคาน์เตอร์ (front desk)
	}
}

// AssignToFrontDesk มอบหมายบทสนทนาให้ทีมเคาน์เตอร์และเปิดสถานะให้เจ้าหน้าที่เห็น
func (c *Client) AssignToFrontDesk(conversationID int) error {
	if err := c.post(fmt.Sprintf("/api/v1/accounts/%s/conversations/%d/assignments", c.Account, conversationID),
		map[string]any{"team_id": c.TeamID}); err != nil {
		return err
	}
	return c.post(fmt.Sprintf("/api/v1/accounts/%s/conversations/%d/toggle_status", c.Account, conversationID),
		map[string]any{"status": "open"})
}

func (c *Client) post(path string, body any) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, c.BaseURL+path, bytes.NewReader(b))
	req.Header.Set("api_access_token", c.Token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("chatwoot %s: %d", path, res.StatusCode)
	}
	return nil
}
