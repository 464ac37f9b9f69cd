package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
)

type Config struct {
	BotName      string `json:"botName"`
	Model        string `json:"model"`
	HistoryTurns int    `json:"historyTurns"`
	SystemPrompt string `json:"systemPrompt"`
	Plans        string `json:"plans"`
	SupportReply string `json:"supportReply"`
}

type msg struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

var (
	cfg     Config
	mu      sync.Mutex
	history = map[string][]msg{}
)

func ollamaChat(msgs []msg) (string, error) {
	body, _ := json.Marshal(map[string]any{"model": cfg.Model, "messages": msgs, "stream": false})
	res, err := http.Post(os.Getenv("OLLAMA_URL")+"/api/chat", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out struct {
		Message msg `json:"message"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Message.Content, nil
}

func twilioSend(to, body string) {
	sid := os.Getenv("TWILIO_ACCOUNT_SID")
	form := url.Values{"From": {"whatsapp:" + os.Getenv("TWILIO_WA_NUMBER")}, "To": {to}, "Body": {body}}
	req, _ := http.NewRequest(http.MethodPost,
		fmt.Sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json", sid), strings.NewReader(form.Encode()))
	req.SetBasicAuth(sid, os.Getenv("TWILIO_AUTH_TOKEN"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if res, err := http.DefaultClient.Do(req); err != nil {
		log.Println("twilio:", err)
	} else {
		res.Body.Close()
	}
}

func handleInbound(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	from, text := r.PostForm.Get("From"), strings.TrimSpace(r.PostForm.Get("Body"))
	w.Header().Set("Content-Type", "text/xml")
	w.Write([]byte("<Response></Response>"))

	go func() {
		switch strings.ToUpper(text) {
		case "AGENT", "SUPPORT", "HELP":
			if err := openSupportTicket(from, r.PostForm.Get("ProfileName")); err != nil {
				log.Println("freshdesk:", err)
			}
			twilioSend(from, cfg.SupportReply)
			return
		case "PLANS":
			twilioSend(from, cfg.Plans)
			return
		}
		mu.Lock()
		h := append(history[from], msg{"user", text})
		if len(h) > cfg.HistoryTurns*2 {
			h = h[len(h)-cfg.HistoryTurns*2:]
		}
		mu.Unlock()
		reply, err := ollamaChat(append([]msg{{"system", cfg.SystemPrompt}}, h...))
		if err != nil {
			log.Println("ollama:", err)
			return
		}
		mu.Lock()
		history[from] = append(h, msg{"assistant", reply})
		mu.Unlock()
		twilioSend(from, reply)
	}()
}

func main() {
	raw, err := os.ReadFile("config/bot.json")
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(raw, &cfg); err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/twilio/inbound", handleInbound)
	log.Printf("%s listening on :8000", cfg.BotName)
	log.Fatal(http.ListenAndServe(":8000", nil))
}
