package agent

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type msg struct {
	Role    string `json:"role"`
	Content any    `json:"content"`
}

type request struct {
	Model     string `json:"model"`
	MaxTokens int    `json:"max_tokens"`
	System    string `json:"system"`
	Tools     []Tool `json:"tools"`
	Messages  []msg  `json:"messages"`
}

type response struct {
	StopReason string `json:"stop_reason"`
	Content    []struct {
		Type  string          `json:"type"`
		Text  string          `json:"text"`
		ID    string          `json:"id"`
		Name  string          `json:"name"`
		Input json.RawMessage `json:"input"`
	} `json:"content"`
}

// Reply calls the Anthropic Messages API directly over HTTP (no SDK).
func Reply(userText string) (string, error) {
	body, _ := json.Marshal(request{
		Model: "claude-3-5-haiku-20241022", MaxTokens: 600, System: systemPrompt, Tools: Tools,
		Messages: []msg{{Role: "user", Content: userText}},
	})
	req, _ := http.NewRequest("POST", "https://api.anthropic.com/v1/messages", bytes.NewReader(body))
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out response
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	// tool loop omitted for brevity: track_parcel/reschedule are resolved in handler.go
	for _, c := range out.Content {
		if c.Type == "text" {
			return c.Text, nil
		}
	}
	return "", fmt.Errorf("no text in response (stop_reason=%s)", out.StopReason)
}
