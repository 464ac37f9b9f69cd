package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"

	"gitlab.com/yatrabus/wa-assistant/internal/bot"
)

type webhook struct {
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

func main() {
	http.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			q := r.URL.Query()
			if q.Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
				w.Write([]byte(q.Get("hub.challenge")))
				return
			}
			w.WriteHeader(http.StatusForbidden)
			return
		}
		var p webhook
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)
		for _, e := range p.Entry {
			for _, c := range e.Changes {
				for _, m := range c.Value.Messages {
					if m.Type == "text" {
						go bot.Handle(context.Background(), m.From, m.Text.Body)
					}
				}
			}
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
