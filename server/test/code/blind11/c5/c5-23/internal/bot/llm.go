package bot

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

type Brain struct{ model llms.Model }

func NewBrain() (*Brain, error) {
	m, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return nil, err
	}
	return &Brain{model: m}, nil
}

func (b *Brain) Reply(ctx context.Context, history []llms.MessageContent) (string, error) {
	msgs := append([]llms.MessageContent{llms.TextParts(llms.ChatMessageTypeSystem, SystemPrompt)}, history...)
	resp, err := b.model.GenerateContent(ctx, msgs, llms.WithTemperature(0.3))
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Content, nil
}
