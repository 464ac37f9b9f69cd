package notify

import "fmt"

// Content SIDs of approved WhatsApp templates in Twilio Content Template Builder.
const (
	TplShipped   = "HX6f1c2b8e0d7a4c13b9e1f0a2c4d6e8f1" // order_shipped_id (id)
	TplDelivered = "HX0b9d7e5c3a1f4e2d8c6b4a2f0e9d7c5b" // order_delivered_id (id)
)

type ShipmentEvent struct {
	Kind        string `json:"kind"` // shipped | delivered
	OrderNo     string `json:"order_no"`
	Phone       string `json:"phone"` // E.164
	FirstName   string `json:"first_name"`
	Courier     string `json:"courier"`
	TrackingURL string `json:"tracking_url"`
}

func (e ShipmentEvent) Template() (string, map[string]string, error) {
	switch e.Kind {
	case "shipped":
		return TplShipped, map[string]string{"1": e.FirstName, "2": e.OrderNo, "3": e.Courier, "4": e.TrackingURL}, nil
	case "delivered":
		return TplDelivered, map[string]string{"1": e.FirstName, "2": e.OrderNo}, nil
	}
	return "", nil, fmt.Errorf("unknown event kind %q", e.Kind)
}
