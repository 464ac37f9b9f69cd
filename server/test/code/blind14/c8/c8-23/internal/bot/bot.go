package bot

import (
	"context"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

type Bot struct {
	llm      *openai.LLM
	system   string
	temp     float64
	keywords []string
	hist     map[string][]llms.MessageContent
}

func New(model, system string, temp float64, keywords []string) (*Bot, error) {
	l, err := openai.New(openai.WithModel(model))
	if err != nil {
		return nil, err
	}
	return &Bot{llm: l, system: system, temp: temp, keywords: keywords, hist: map[string][]llms.MessageContent{}}, nil
}

func (b *Bot) WantsHuman(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, k := range b.keywords {
		if t == k || strings.HasPrefix(t, k+" ") {
			return true
		}
	}
	return false
}

func (b *Bot) Reply(ctx context.Context, waID, text string) (string, error) {
	h := append(b.hist[waID], llms.TextParts(llms.ChatMessageTypeHuman, text))
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	msgs := append([]llms.MessageContent{llms.TextParts(llms.ChatMessageTypeSystem, b.system)}, h...)
	resp, err := b.llm.GenerateContent(ctx, msgs, llms.WithTemperature(b.temp))
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Content
	b.hist[waID] = append(h, llms.TextParts(llms.ChatMessageTypeAI, out))
	return out, nil
}
