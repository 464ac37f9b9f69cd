package main

import (
	"encoding/json"
	"log"
	"os"
	"os/signal"

	"github.com/nats-io/nats.go"

	"github.com/paketku/shipnotify/notify"
)

func main() {
	nc, err := nats.Connect(os.Getenv("NATS_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Drain()

	sender := notify.NewSender(os.Getenv("TWILIO_WA_FROM"), os.Getenv("TWILIO_MESSAGING_SERVICE_SID"))

	_, err = nc.QueueSubscribe("shipments.events", "shipnotify", func(m *nats.Msg) {
		var ev notify.ShipmentEvent
		if err := json.Unmarshal(m.Data, &ev); err != nil {
			log.Printf("bad event: %v", err)
			return
		}
		sid, err := sender.Send(ev)
		if err != nil {
			log.Printf("order %s: send failed: %v", ev.OrderNo, err)
			return
		}
		log.Printf("order %s: %s sent (%s)", ev.OrderNo, ev.Kind, sid)
	})
	if err != nil {
		log.Fatal(err)
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
