package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"

	"gitlab.com/fietsfabriek/wa-assistent/internal/freshdesk"
	"gitlab.com/fietsfabriek/wa-assistent/internal/router"
)

type session struct {
	history    []types.Message
	humanUntil time.Time
}

var (
	mu       sync.Mutex
	sessions = map[string]*session{}
	rt       *router.Router
)

func send(to, text string) {
	b, _ := json.Marshal(map[string]any{"messaging_product": "whatsapp", "to": to, "type": "text", "text": map[string]string{"body": text}})
	req, _ := http.NewRequest("POST", "https://graph.facebook.com/v21.0/"+os.Getenv("WA_PHONE_ID")+"/messages", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	if res, err := http.DefaultClient.Do(req); err == nil {
		res.Body.Close()
	}
}

func handle(ctx context.Context, from, name, text string) {
	mu.Lock()
	s, ok := sessions[from]
	if !ok {
		s = &session{}
		sessions[from] = s
	}
	mu.Unlock()

	if time.Now().Before(s.humanUntil) {
		return
	}

	intent := rt.Classify(ctx, text)
	if intent == "MEDEWERKER" {
		id, err := freshdesk.CreateTicket(from, name, text)
		if err != nil {
			log.Println("freshdesk:", err)
			send(from, "Sorry, het lukte niet om je door te zetten. Bel ons gerust: 030 271 44 90 (ma–za 9–17:30).")
			return
		}
		s.humanUntil = time.Now().Add(48 * time.Hour)
		send(from, fmt.Sprintf("Ik heb je vraag doorgezet naar een collega (ticket #%d). Je hoort binnen één werkdag van ons, hier of telefonisch. Liever nu bellen? 030 271 44 90.", id))
		return
	}

	s.history = append(s.history, router.UserMsg(text))
	if len(s.history) > 10 {
		s.history = s.history[len(s.history)-10:]
	}
	answer, err := rt.Answer(ctx, intent, s.history)
	if err != nil || answer == "" {
		answer = "Even geen antwoord beschikbaar, probeer het zo nog eens."
	}
	s.history = append(s.history, router.AssistantMsg(answer))
	send(from, answer)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	rt = &router.Router{Client: bedrockruntime.NewFromConfig(cfg), ModelID: os.Getenv("BEDROCK_MODEL_ID")}

	http.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			if r.URL.Query().Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
				fmt.Fprint(w, r.URL.Query().Get("hub.challenge"))
				return
			}
			w.WriteHeader(http.StatusForbidden)
			return
		}
		var p struct {
			Entry []struct {
				Changes []struct {
					Value struct {
						Contacts []struct {
							Profile struct{ Name string } `json:"profile"`
						} `json:"contacts"`
						Messages []struct {
							From string                `json:"from"`
							Type string                `json:"type"`
							Text struct{ Body string } `json:"text"`
						} `json:"messages"`
					} `json:"value"`
				} `json:"changes"`
			} `json:"entry"`
		}
		_ = json.NewDecoder(r.Body).Decode(&p)
		w.WriteHeader(http.StatusOK)
		for _, e := range p.Entry {
			for _, c := range e.Changes {
				name := ""
				if len(c.Value.Contacts) > 0 {
					name = c.Value.Contacts[0].Profile.Name
				}
				for _, m := range c.Value.Messages {
					if m.Type == "text" {
						go handle(context.Background(), m.From, name, m.Text.Body)
					}
				}
			}
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
