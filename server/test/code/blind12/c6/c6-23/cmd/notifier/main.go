// shipping-notifier consumes order.shipped events and sends the approved
// "order_shipped_v3" WhatsApp template. It never reads or answers inbound messages.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/segmentio/kafka-go"
)

type shippedEvent struct {
	OrderID    string `json:"order_id"`
	Phone      string `json:"phone"`
	Name       string `json:"customer_first_name"`
	Courier    string `json:"courier"`
	TrackingNo string `json:"tracking_no"`
	Lang       string `json:"lang"`
}

func main() {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{os.Getenv("KAFKA_BROKER")},
		Topic:   "order.shipped",
		GroupID: "wa-shipping-notifier",
	})
	defer r.Close()
	client := &http.Client{Timeout: 15 * time.Second}

	for {
		m, err := r.ReadMessage(context.Background())
		if err != nil {
			log.Fatal(err)
		}
		var ev shippedEvent
		if err := json.Unmarshal(m.Value, &ev); err != nil {
			log.Printf("skip bad event: %v", err)
			continue
		}
		if err := sendTemplate(client, ev); err != nil {
			log.Printf("order %s: %v", ev.OrderID, err)
		}
	}
}

func sendTemplate(c *http.Client, ev shippedEvent) error {
	lang := ev.Lang
	if lang == "" {
		lang = "en"
	}
	body := map[string]any{
		"messaging_product": "whatsapp",
		"to":                ev.Phone,
		"type":              "template",
		"template": map[string]any{
			"name":     "order_shipped_v3",
			"language": map[string]string{"code": lang},
			"components": []map[string]any{{
				"type": "body",
				"parameters": []map[string]string{
					{"type": "text", "text": ev.Name},
					{"type": "text", "text": ev.OrderID},
					{"type": "text", "text": ev.Courier},
					{"type": "text", "text": ev.TrackingNo},
				},
			}},
		},
	}
	b, _ := json.Marshal(body)
	url := fmt.Sprintf("https://graph.facebook.com/v21.0/%s/messages", os.Getenv("WA_PHONE_NUMBER_ID"))
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("graph status %d", resp.StatusCode)
	}
	return nil
}
