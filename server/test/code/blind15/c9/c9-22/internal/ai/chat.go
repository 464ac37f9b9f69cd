package ai

import (
	"context"
	"sync"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/rafaelmendes-dev/buddy-wa/prompts"
)

type Chat struct {
	llm  *openai.LLM
	mu   sync.Mutex
	hist map[string][]llms.MessageContent
}

func New() (*Chat, error) {
	m, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return nil, err
	}
	return &Chat{llm: m, hist: map[string][]llms.MessageContent{}}, nil
}

func (c *Chat) Reply(ctx context.Context, user, text string) (string, error) {
	c.mu.Lock()
	h := append(c.hist[user], llms.TextParts(llms.ChatMessageTypeHuman, text))
	if len(h) > 20 {
		h = h[len(h)-20:]
	}
	c.mu.Unlock()

	msgs := append([]llms.MessageContent{llms.TextParts(llms.ChatMessageTypeSystem, prompts.System)}, h...)
	resp, err := c.llm.GenerateContent(ctx, msgs, llms.WithTemperature(0.8))
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Content

	c.mu.Lock()
	c.hist[user] = append(h, llms.TextParts(llms.ChatMessageTypeAI, out))
	c.mu.Unlock()
	return out, nil
}
