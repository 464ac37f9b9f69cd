package main

import (
	"context"
	"encoding/json"
	"log"
	"os"
	"strings"

	"github.com/segmentio/kafka-go"

	"git.lojaverde.com.br/platform/shipping-notifier/notify"
)

func main() {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers: strings.Split(os.Getenv("KAFKA_BROKERS"), ","),
		GroupID: "shipping-notifier",
		Topic:   "orders.shipped",
	})
	defer r.Close()
	log.Println("shipping-notifier consuming orders.shipped")

	for {
		m, err := r.ReadMessage(context.Background())
		if err != nil {
			log.Fatal(err)
		}
		var s notify.Shipment
		if err := json.Unmarshal(m.Value, &s); err != nil {
			log.Printf("bad event at offset %d: %v", m.Offset, err)
			continue
		}
		if !s.OptInWA || s.Phone == "" {
			continue
		}
		if err := notify.SendShipped(s); err != nil {
			log.Printf("order %s: %v", s.OrderID, err)
		}
	}
}
