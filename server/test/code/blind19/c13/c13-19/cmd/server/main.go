package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"

	openai "github.com/sashabaranov/go-openai"

	"github.com/segurosalbora/wa-asistente/internal/prompt"
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

var client = openai.NewClient(os.Getenv("OPENAI_API_KEY"))

func enviar(to, body string) error {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp", "to": to, "type": "text",
		"text": map[string]string{"body": body},
	})
	req, _ := http.NewRequest(http.MethodPost,
		"https://graph.facebook.com/v21.0/"+os.Getenv("WA_PHONE_ID")+"/messages", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WA_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func handle(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		if r.URL.Query().Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
			w.Write([]byte(r.URL.Query().Get("hub.challenge")))
			return
		}
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var wh webhook
	if err := json.NewDecoder(r.Body).Decode(&wh); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	for _, e := range wh.Entry {
		for _, c := range e.Changes {
			for _, m := range c.Value.Messages {
				if m.Type != "text" {
					continue
				}
				go func(from, text string) {
					resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
						Model: openai.GPT4oMini,
						Messages: []openai.ChatCompletionMessage{
							{Role: openai.ChatMessageRoleSystem, Content: prompt.System},
							{Role: openai.ChatMessageRoleUser, Content: text},
						},
					})
					if err != nil {
						log.Println("openai:", err)
						return
					}
					_ = enviar(from, resp.Choices[0].Message.Content)
				}(m.From, m.Text.Body)
			}
		}
	}
}

func main() {
	http.HandleFunc("/webhook", handle)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
