package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/bodaexpress/wa-assistant/internal/bot"
	"github.com/bodaexpress/wa-assistant/internal/handoff"
)

type Config struct {
	Server struct{ Addr string } `yaml:"server"`
	LLM    struct {
		Model       string  `yaml:"model"`
		Temperature float64 `yaml:"temperature"`
	} `yaml:"llm"`
	Chatwoot struct {
		BaseURL   string `yaml:"base_url"`
		AccountID int    `yaml:"account_id"`
		InboxID   int    `yaml:"inbox_id"`
		Label     string `yaml:"label"`
	} `yaml:"chatwoot"`
	HandoffKeywords []string `yaml:"handoff_keywords"`
	SystemPrompt    string   `yaml:"system_prompt"`
}

type inbound struct {
	Entry []struct {
		Changes []struct {
			Value struct {
				Contacts []struct {
					Profile struct{ Name string } `json:"profile"`
				} `json:"contacts"`
				Messages []struct {
					From string `json:"from"`
					Type string `json:"type"`
					Text struct{ Body string } `json:"text"`
				} `json:"messages"`
			} `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

func send(to, body string) {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp", "to": to, "type": "text", "text": map[string]string{"body": body},
	})
	req, _ := http.NewRequest("POST", "https://graph.facebook.com/v21.0/"+os.Getenv("WA_PHONE_NUMBER_ID")+"/messages", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	if res, err := http.DefaultClient.Do(req); err == nil {
		res.Body.Close()
	}
}

func main() {
	raw, err := os.ReadFile("config.yaml")
	if err != nil {
		log.Fatal(err)
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		log.Fatal(err)
	}
	b, err := bot.New(cfg.LLM.Model, cfg.SystemPrompt, cfg.LLM.Temperature, cfg.HandoffKeywords)
	if err != nil {
		log.Fatal(err)
	}
	cw := &handoff.Chatwoot{BaseURL: cfg.Chatwoot.BaseURL, AccountID: cfg.Chatwoot.AccountID, InboxID: cfg.Chatwoot.InboxID, Label: cfg.Chatwoot.Label}

	http.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			if r.URL.Query().Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
				w.Write([]byte(r.URL.Query().Get("hub.challenge")))
				return
			}
			w.WriteHeader(http.StatusForbidden)
			return
		}
		var in inbound
		json.NewDecoder(r.Body).Decode(&in)
		w.WriteHeader(http.StatusOK)
		if len(in.Entry) == 0 || len(in.Entry[0].Changes) == 0 || len(in.Entry[0].Changes[0].Value.Messages) == 0 {
			return
		}
		v := in.Entry[0].Changes[0].Value
		m := v.Messages[0]
		if m.Type != "text" || cw.IsPaused(m.From) {
			return
		}
		name := ""
		if len(v.Contacts) > 0 {
			name = v.Contacts[0].Profile.Name
		}
		go func() {
			if b.WantsHuman(m.Text.Body) {
				conv, err := cw.ConversationFor(m.From, name)
				if err == nil {
					err = cw.Escalate(conv, m.From)
				}
				if err != nil {
					log.Println("escalate:", err)
					send(m.From, "Sorry, we couldn't reach customer care right now. Please call 0709 418 300 (Mon–Sat 7am–7pm).")
					return
				}
				send(m.From, "A customer care officer will continue with you here shortly. 🙏")
				return
			}
			ans, err := b.Reply(context.Background(), m.From, m.Text.Body)
			if err != nil {
				log.Println(err)
				return
			}
			send(m.From, ans)
		}()
	})

	// Chatwoot webhook: conversation resolved -> bot resumes
	http.HandleFunc("/chatwoot", func(w http.ResponseWriter, r *http.Request) {
		var ev struct {
			Event  string `json:"event"`
			Status string `json:"status"`
			Meta   struct {
				Sender struct {
					Phone string `json:"phone_number"`
				} `json:"sender"`
			} `json:"meta"`
		}
		json.NewDecoder(r.Body).Decode(&ev)
		if ev.Event == "conversation_status_changed" && ev.Status == "resolved" && len(ev.Meta.Sender.Phone) > 1 {
			cw.Resume(ev.Meta.Sender.Phone[1:])
		}
	})

	log.Println("listening on", cfg.Server.Addr)
	log.Fatal(http.ListenAndServe(cfg.Server.Addr, nil))
}
