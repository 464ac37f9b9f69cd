package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

type chatMsg struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

func askGroq(history []chatMsg) (string, error) {
	payload := map[string]any{
		"model":       "llama-3.1-8b-instant",
		"temperature": 0.5,
		"messages":    append([]chatMsg{{Role: "system", Content: systemPrompt}}, history...),
	}
	body, _ := json.Marshal(payload)
	req, _ := http.NewRequest("POST", "https://api.groq.com/openai/v1/chat/completions", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GROQ_API_KEY"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		Choices []struct {
			Message chatMsg `json:"message"`
		} `json:"choices"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || len(out.Choices) == 0 {
		return "", err
	}
	return out.Choices[0].Message.Content, nil
}
