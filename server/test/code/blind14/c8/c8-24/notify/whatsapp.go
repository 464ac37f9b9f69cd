package notify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type Shipment struct {
	OrderID      string `json:"order_id"`
	CustomerName string `json:"customer_name"`
	Phone        string `json:"phone"` // E.164 without +
	Carrier      string `json:"carrier"`
	TrackingCode string `json:"tracking_code"`
	TrackingURL  string `json:"tracking_url"`
	OptInWA      bool   `json:"opt_in_whatsapp"`
}

var client = &http.Client{Timeout: 10 * time.Second}

// SendShipped sends the approved UTILITY template "pedido_enviado" (pt_BR).
func SendShipped(s Shipment) error {
	body := map[string]any{
		"messaging_product": "whatsapp",
		"to":                s.Phone,
		"type":              "template",
		"template": map[string]any{
			"name":     "pedido_enviado",
			"language": map[string]string{"code": "pt_BR"},
			"components": []any{
				map[string]any{"type": "body", "parameters": []any{
					map[string]string{"type": "text", "text": s.CustomerName},
					map[string]string{"type": "text", "text": s.OrderID},
					map[string]string{"type": "text", "text": s.Carrier},
					map[string]string{"type": "text", "text": s.TrackingCode},
				}},
				map[string]any{"type": "button", "sub_type": "url", "index": "0", "parameters": []any{
					map[string]string{"type": "text", "text": s.TrackingCode},
				}},
			},
		},
	}
	b, _ := json.Marshal(body)
	url := fmt.Sprintf("https://graph.facebook.com/v21.0/%s/messages", os.Getenv("WA_PHONE_NUMBER_ID"))
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("graph returned %d", res.StatusCode)
	}
	return nil
}
