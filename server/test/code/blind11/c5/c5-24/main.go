package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"sync"
)

var (
	mu    sync.Mutex
	convs = map[string][]chatMsg{}
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

func sendText(to, body string) {
	url := fmt.Sprintf("https://graph.facebook.com/v21.0/%s/messages", os.Getenv("WA_PHONE_ID"))
	b, _ := json.Marshal(map[string]any{"messaging_product": "whatsapp", "to": to, "type": "text", "text": map[string]string{"body": body}})
	req, _ := http.NewRequest("POST", url, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	if _, err := http.DefaultClient.Do(req); err != nil {
		log.Println("send:", err)
	}
}

func handler(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		if q.Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
			w.Write([]byte(q.Get("hub.challenge")))
			return
		}
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var wh webhook
	json.NewDecoder(r.Body).Decode(&wh)
	w.WriteHeader(http.StatusOK)
	for _, e := range wh.Entry {
		for _, c := range e.Changes {
			for _, m := range c.Value.Messages {
				if m.Type != "text" {
					continue
				}
				go func(from, text string) {
					mu.Lock()
					h := append(convs[from], chatMsg{"user", text})
					mu.Unlock()
					reply, err := askGroq(h)
					if err != nil {
						log.Println(err)
						return
					}
					mu.Lock()
					convs[from] = append(h, chatMsg{"assistant", reply})
					mu.Unlock()
					sendText(from, reply)
				}(m.From, m.Text.Body)
			}
		}
	}
}

func main() {
	http.HandleFunc("/webhook", handler)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))
}
