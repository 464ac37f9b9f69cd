package wa

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	Token, PhoneNumberID string
	http                 *http.Client
}

func NewClient(token, phoneID string) *Client {
	return &Client{Token: token, PhoneNumberID: phoneID, http: &http.Client{Timeout: 10 * time.Second}}
}

func (c *Client) SendText(to, body string) error {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp",
		"to":                to,
		"type":              "text",
		"text":              map[string]string{"body": body},
	})
	req, _ := http.NewRequest(http.MethodPost,
		fmt.Sprintf("https://graph.facebook.com/v21.0/%s/messages", c.PhoneNumberID), bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("graph send: %s", resp.Status)
	}
	return nil
}

type Webhook struct {
	Entry []struct {
		Changes []struct {
			Value struct {
				Messages []struct {
					From string `json:"from"`
					Type string `json:"type"`
					Text struct {
						Body string `json:"body"`
					} `json:"text"`
				} `json:"messages"`
			} `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}
