package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"
)

//go:embed prompts/system.md
var systemPrompt string

var (
	mu       sync.Mutex
	sessions = map[string][]chatMsg{}
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
			if q.Get("hub.mode") == "subscribe" && q.Get("hub.verify_token") == os.Getenv("VERIFY_TOKEN") {
				w.Write([]byte(q.Get("hub.challenge")))
				return
			}
			http.Error(w, "forbidden", http.StatusForbidden)
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
						go handle(m.From, m.Text.Body)
					}
				}
			}
		}
	})
	log.Println("zapia on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}

func handle(from, text string) {
	mu.Lock()
	h := append(sessions[from], chatMsg{Role: "user", Content: text})
	if len(h) > 16 {
		h = h[len(h)-16:]
	}
	mu.Unlock()

	answer, err := askOllama(h)
	if err != nil {
		log.Println(err)
		answer = "Ops, tive um probleminha aqui. Tenta de novo?"
	}
	mu.Lock()
	sessions[from] = append(h, chatMsg{Role: "assistant", Content: answer})
	mu.Unlock()
	send(from, answer)
}

func send(to, body string) {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp",
		"to":                to,
		"type":              "text",
		"text":              map[string]string{"body": body},
	})
	req, _ := http.NewRequest(http.MethodPost, "https://graph.facebook.com/v21.0/"+os.Getenv("PHONE_NUMBER_ID")+"/messages", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WHATSAPP_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
}
