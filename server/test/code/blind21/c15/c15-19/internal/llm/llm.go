package llm

import (
	"context"
	"os"
	"sync"

	openai "github.com/sashabaranov/go-openai"
)

type Client struct {
	api   *openai.Client
	model string
	mu    sync.Mutex
	hist  map[string][]openai.ChatCompletionMessage
}

func New() *Client {
	model := os.Getenv("OPENAI_MODEL")
	if model == "" {
		model = openai.GPT4oMini
	}
	return &Client{api: openai.NewClient(os.Getenv("OPENAI_API_KEY")), model: model, hist: map[string][]openai.ChatCompletionMessage{}}
}

func (c *Client) Reset(chat string) {
	c.mu.Lock()
	delete(c.hist, chat)
	c.mu.Unlock()
}

func (c *Client) Ask(ctx context.Context, chat, system, text string) (string, error) {
	c.mu.Lock()
	h := append(c.hist[chat], openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: text})
	if len(h) > 14 {
		h = h[len(h)-14:]
	}
	c.mu.Unlock()

	msgs := append([]openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleSystem, Content: system}}, h...)
	resp, err := c.api.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: c.model, Messages: msgs, Temperature: 0.5})
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Message.Content

	c.mu.Lock()
	c.hist[chat] = append(h, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: out})
	c.mu.Unlock()
	return out, nil
}
