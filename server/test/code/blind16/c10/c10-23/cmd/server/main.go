package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"

	"gitlab.com/kilatexpress/wa-cs/internal/bot"
)

type hook struct {
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
	b, err := bot.New()
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			if r.URL.Query().Get("hub.verify_token") == os.Getenv("VERIFY_TOKEN") {
				w.Write([]byte(r.URL.Query().Get("hub.challenge")))
				return
			}
			w.WriteHeader(http.StatusForbidden)
			return
		}
		var h hook
		if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		for _, e := range h.Entry {
			for _, c := range e.Changes {
				for _, m := range c.Value.Messages {
					if m.Type == "text" {
						go b.Handle(r.Context(), m.From, m.Text.Body)
					}
				}
			}
		}
		w.WriteHeader(http.StatusOK)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
