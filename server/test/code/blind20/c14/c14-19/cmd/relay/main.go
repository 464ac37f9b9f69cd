package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/brightpath-labs/wa-gpt-relay/internal/handoff"
	"github.com/brightpath-labs/wa-gpt-relay/internal/llm"
	"github.com/brightpath-labs/wa-gpt-relay/internal/wa"
)

func main() {
	relay := llm.New()

	http.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			q := r.URL.Query()
			if q.Get("hub.mode") == "subscribe" && q.Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
				w.Write([]byte(q.Get("hub.challenge")))
				return
			}
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}

		var hook wa.Webhook
		if err := json.NewDecoder(r.Body).Decode(&hook); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)

		for _, e := range hook.Entry {
			for _, c := range e.Changes {
				for _, m := range c.Value.Messages {
					if m.Type != "text" {
						continue
					}
					go handle(relay, m.From, m.Text.Body)
				}
			}
		}
	})

	addr := ":" + envOr("PORT", "8080")
	log.Printf("wa-gpt-relay listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}

func handle(relay *llm.Relay, from, text string) {
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()

	if handoff.Active(from) {
		return // concierge agent owns this chat
	}
	if handoff.Requested(text) {
		if err := handoff.Transfer(ctx, from, text); err == nil {
			wa.SendText(ctx, from, "Sure! I'm connecting you with our concierge agent, who'll pick it up from here in a moment.")
			return
		}
	}

	reply, err := relay.Reply(ctx, from, text)
	if err != nil {
		log.Printf("openai: %v", err)
		reply = "Sorry, something went wrong on my side. Please try again."
	}
	if err := wa.SendText(ctx, from, reply); err != nil {
		log.Printf("send: %v", err)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
