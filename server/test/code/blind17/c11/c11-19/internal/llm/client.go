package llm

import (
	"context"
	"os"
	"sync"

	openai "github.com/sashabaranov/go-openai"
)

type Client struct {
	api     *openai.Client
	mu      sync.Mutex
	history map[string][]openai.ChatCompletionMessage
}

func New() *Client {
	return &Client{
		api:     openai.NewClient(os.Getenv("OPENAI_API_KEY")),
		history: map[string][]openai.ChatCompletionMessage{},
	}
}

func (c *Client) Reply(ctx context.Context, chat, text string) (string, error) {
	c.mu.Lock()
	h := append(c.history[chat], openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: text})
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	c.mu.Unlock()

	msgs := append([]openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleSystem, Content: SystemPrompt()}}, h...)
	resp, err := c.api.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: Model(), Messages: msgs})
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Message.Content

	c.mu.Lock()
	c.history[chat] = append(h, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: out})
	c.mu.Unlock()
	return out, nil
}

func (c *Client) Reset(chat string) {
	c.mu.Lock()
	delete(c.history, chat)
	c.mu.Unlock()
}
