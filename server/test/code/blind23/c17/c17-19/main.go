package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/openai/openai-go"

	"github.com/yimsuay-dental/wa-bot/internal/chatwoot"
	"github.com/yimsuay-dental/wa-bot/internal/prompt"
)

type inbound struct {
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

var (
	ai = openai.NewClient()
	cw = chatwoot.FromEnv()
)

func sendText(to, body string) {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp", "to": to, "type": "text",
		"text": map[string]string{"body": body},
	})
	req, _ := http.NewRequest(http.MethodPost,
		"https://graph.facebook.com/v21.0/"+os.Getenv("WA_PHONE_NUMBER_ID")+"/messages", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	if res, err := http.DefaultClient.Do(req); err == nil {
		res.Body.Close()
	}
}

func handle(ctx context.Context, from, text string) {
	resp, err := ai.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.F(openai.ChatModelGPT4oMini),
		Messages: openai.F([]openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage(prompt.System),
			openai.UserMessage(text),
		}),
	})
	if err != nil {
		log.Println("openai:", err)
		return
	}
	out := resp.Choices[0].Message.Content
	if strings.Contains(out, "[HANDOFF]") {
		convID, err := lookupConversation(from)
		if err == nil {
			err = cw.AssignToFrontDesk(convID)
		}
		if err != nil {
			log.Println("handoff:", err)
		}
		sendText(from, "ส่งต่อให้เจ้าหน้าที่เคาน์เตอร์แล้วค่ะ จะตอบกลับในแชตนี้ภายใน 10 นาทีในเวลาทำการ หรือโทร 02-258-3939 ได้เลยค่ะ")
		return
	}
	sendText(from, out)
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
		var in inbound
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusOK)
		for _, e := range in.Entry {
			for _, c := range e.Changes {
				for _, m := range c.Value.Messages {
					if m.Type == "text" {
						go handle(context.Background(), m.From, m.Text.Body)
					}
				}
			}
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
