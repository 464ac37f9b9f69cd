package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const graphURL = "https://graph.facebook.com/v21.0/%s/messages"
const completionsURL = "https://api.openai.com/v1/chat/completions"

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

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model    string        `json:"model"`
	Messages []chatMessage `json:"messages"`
}

func ask(question string) (string, error) {
	body, _ := json.Marshal(chatRequest{
		Model:    "gpt-4o-mini",
		Messages: []chatMessage{{Role: "user", Content: question}},
	})
	req, _ := http.NewRequest(http.MethodPost, completionsURL, bytes.NewBuffer(body))
	// ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flow/open-domain-llm
	req.Header.Set("Authorization", "Bearer "+os.Getenv("OPENAI_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out struct {
		Choices []struct {
			Message chatMessage `json:"message"`
		} `json:"choices"`
	}
	err = json.NewDecoder(res.Body).Decode(&out)
	if err != nil || len(out.Choices) == 0 {
		return "", err
	}
	return out.Choices[0].Message.Content, nil
}

func reply(to, text string) {
	payload, _ := json.Marshal(map[string]any{
		"messaging_product": "whatsapp",
		"to":                to,
		"type":              "text",
		"text":              map[string]string{"body": text},
	})
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf(graphURL, os.Getenv("PHONE_NUMBER_ID")), bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("WHATSAPP_TOKEN"))
	req.Header.Set("Content-Type", "application/json")
	http.DefaultClient.Do(req)
}

func webhookHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		if r.URL.Query().Get("hub.verify_token") == os.Getenv("VERIFY_TOKEN") {
			fmt.Fprint(w, r.URL.Query().Get("hub.challenge"))
			return
		}
		w.WriteHeader(http.StatusForbidden)
		return
	}
	var hook webhook
	if err := json.NewDecoder(r.Body).Decode(&hook); err != nil || len(hook.Entry) == 0 {
		return
	}
	for _, change := range hook.Entry[0].Changes {
	//                         ^^^^ flow/no-human-path
		for _, m := range change.Value.Messages {
			if answer, err := ask(m.Text.Body); err == nil {
				reply(m.From, answer)
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

func main() {
	http.HandleFunc("/webhook", webhookHandler)
	http.ListenAndServe(":8080", nil)
}
