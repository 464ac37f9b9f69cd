package main

import (
	"context"
	"encoding/json"
	"log"
	"os"

	"github.com/segmentio/kafka-go"

	"github.com/kargo-kilat/shipment-notifier/internal/graph"
)

type ShipmentEvent struct {
	OrderNo  string `json:"order_no"`
	Customer string `json:"customer_name"`
	Phone    string `json:"phone_e164"`
	Courier  string `json:"courier"`
	AWB      string `json:"awb"`
	OptIn    bool   `json:"wa_opt_in"`
}

func main() {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: []string{os.Getenv("KAFKA_BROKER")},
		Topic:   "orders.shipped",
		GroupID: "wa-shipment-notifier",
	})
	defer r.Close()
	g := graph.New(os.Getenv("WA_PHONE_NUMBER_ID"), os.Getenv("WA_TOKEN"))

	for {
		m, err := r.ReadMessage(context.Background())
		if err != nil {
			log.Fatal(err)
		}
		var ev ShipmentEvent
		if err := json.Unmarshal(m.Value, &ev); err != nil || !ev.OptIn {
			continue
		}
		if err := g.SendShipped(ev.Phone[1:], ev.Customer, ev.OrderNo, ev.Courier, ev.AWB); err != nil {
			log.Printf("order %s: %v", ev.OrderNo, err)
		}
	}
}
