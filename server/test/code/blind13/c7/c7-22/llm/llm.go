package llm

import (
	"context"
	"sync"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

type Chat struct {
	model  *openai.LLM
	system string
	mu     sync.Mutex
	convos map[string][]llms.MessageContent
}

func New(system string) (*Chat, error) {
	m, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return nil, err
	}
	return &Chat{model: m, system: system, convos: map[string][]llms.MessageContent{}}, nil
}

func (c *Chat) Reply(ctx context.Context, chatID, text string) (string, error) {
	c.mu.Lock()
	hist := append(c.convos[chatID], llms.TextParts(llms.ChatMessageTypeHuman, text))
	if len(hist) > 16 {
		hist = hist[len(hist)-16:]
	}
	c.mu.Unlock()

	msgs := append([]llms.MessageContent{llms.TextParts(llms.ChatMessageTypeSystem, c.system)}, hist...)
	resp, err := c.model.GenerateContent(ctx, msgs, llms.WithTemperature(0.8), llms.WithMaxTokens(300))
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Content

	c.mu.Lock()
	c.convos[chatID] = append(hist, llms.TextParts(llms.ChatMessageTypeAI, out))
	c.mu.Unlock()
	return out, nil
}
