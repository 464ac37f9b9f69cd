package llm

import (
	"context"
	"os"
	"sync"

	openai "github.com/sashabaranov/go-openai"
)

const defaultSystemPrompt = "You are a helpful assistant. Answer clearly and concisely. Keep replies short enough to read comfortably on a phone."

type Relay struct {
	client *openai.Client
	model  string
	system string

	mu      sync.Mutex
	history map[string][]openai.ChatCompletionMessage
}

func New() *Relay {
	sys := os.Getenv("SYSTEM_PROMPT")
	if sys == "" {
		sys = defaultSystemPrompt
	}
	model := os.Getenv("OPENAI_MODEL")
	if model == "" {
		model = openai.GPT4oMini
	}
	return &Relay{
		client:  openai.NewClient(os.Getenv("OPENAI_API_KEY")),
		model:   model,
		system:  sys,
		history: map[string][]openai.ChatCompletionMessage{},
	}
}

func (r *Relay) Reply(ctx context.Context, user, text string) (string, error) {
	r.mu.Lock()
	h := append(r.history[user], openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: text})
	if len(h) > 16 {
		h = h[len(h)-16:]
	}
	r.mu.Unlock()

	msgs := append([]openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleSystem, Content: r.system}}, h...)
	resp, err := r.client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:       r.model,
		Messages:    msgs,
		Temperature: 0.5,
	})
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Message.Content

	r.mu.Lock()
	r.history[user] = append(h, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: out})
	r.mu.Unlock()
	return out, nil
}
