package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	PhoneNumberID string
	Token         string
	HTTP          *http.Client
}

func New(id, token string) *Client {
	return &Client{PhoneNumberID: id, Token: token, HTTP: &http.Client{Timeout: 10 * time.Second}}
}

// SendShipped sends the approved utility template "order_shipped_id" (id language).
// Body: "Halo {{1}}, pesanan {{2}} sudah dikirim via {{3}}. No. resi: {{4}}."
func (c *Client) SendShipped(to, name, orderNo, courier, awb string) error {
	body := map[string]any{
		"messaging_product": "whatsapp",
		"to":                to,
		"type":              "template",
		"template": map[string]any{
			"name":     "order_shipped_id",
			"language": map[string]string{"code": "id"},
			"components": []any{
				map[string]any{"type": "body", "parameters": []any{
					map[string]string{"type": "text", "text": name},
					map[string]string{"type": "text", "text": orderNo},
					map[string]string{"type": "text", "text": courier},
					map[string]string{"type": "text", "text": awb},
				}},
				map[string]any{"type": "button", "sub_type": "url", "index": "0", "parameters": []any{
					map[string]string{"type": "text", "text": awb},
				}},
			},
		},
	}
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("https://graph.facebook.com/v21.0/%s/messages", c.PhoneNumberID), bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("graph: status %d", resp.StatusCode)
	}
	return nil
}
