package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatReq struct {
	Model       string    `json:"model"`
	Messages    []Message `json:"messages"`
	Temperature float64   `json:"temperature"`
}

type chatResp struct {
	Choices []struct {
		Message Message `json:"message"`
	} `json:"choices"`
}

var httpc = &http.Client{Timeout: 60 * time.Second}

func endpoint() string {
	if u := os.Getenv("LLM_BASE_URL"); u != "" {
		return u + "/chat/completions"
	}
	return "https://openrouter.ai/api/v1/chat/completions"
}

func Chat(ctx context.Context, msgs []Message) (string, error) {
	model := os.Getenv("LLM_MODEL")
	if model == "" {
		model = "meta-llama/llama-3.3-70b-instruct"
	}
	body, _ := json.Marshal(chatReq{Model: model, Messages: msgs, Temperature: 0.7})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, endpoint(), bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("LLM_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	res, err := httpc.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return "", fmt.Errorf("llm status %d", res.StatusCode)
	}
	var out chatResp
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	if len(out.Choices) == 0 {
		return "", fmt.Errorf("no choices")
	}
	return out.Choices[0].Message.Content, nil
}
