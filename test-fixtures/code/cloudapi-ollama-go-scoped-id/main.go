package main

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/warungmakan/wabot/internal/ai"
)

type webhook struct {
	Entry []struct {
		Changes []struct {
			Value struct {
				Messages []struct {
					From string `json:"from"`
					Text struct {
						Body string `json:"body"`
					} `json:"text"`
				} `json:"messages"`
			} `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

func hook(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		if r.URL.Query().Get("hub.verify_token") == os.Getenv("VERIFY_TOKEN") {
			w.Write([]byte(r.URL.Query().Get("hub.challenge")))
		}
		return
	}
	var p webhook
	json.NewDecoder(r.Body).Decode(&p)
	msgs := p.Entry[0].Changes[0].Value.Messages
	//       ^^^^^^ flow/no-human-path
	if len(msgs) == 0 {
		return
	}
	reply := ai.Ask(r.Context(), msgs[0].Text.Body)
	sendText(msgs[0].From, reply)
}

func main() {
	http.HandleFunc("/webhook", hook)
	http.ListenAndServe(":8080", nil)
}
