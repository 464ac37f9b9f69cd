package bot

import (
	"context"
	"strings"
	"sync"

	"github.com/anthropics/anthropic-sdk-go"
	"gitlab.com/alpenhof-wildschoenau/wa-concierge/prompts"
)

type Bot struct {
	client *anthropic.Client
	mu     sync.Mutex
	hist   map[string][]anthropic.MessageParam
}

func New() *Bot {
	return &Bot{client: anthropic.NewClient(), hist: map[string][]anthropic.MessageParam{}}
}

func (b *Bot) Reply(ctx context.Context, from, text string) (string, error) {
	b.mu.Lock()
	h := append(b.hist[from], anthropic.NewUserMessage(anthropic.NewTextBlock(text)))
	b.mu.Unlock()

	msg, err := b.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.F(anthropic.ModelClaude3_5HaikuLatest),
		MaxTokens: anthropic.F(int64(600)),
		System:    anthropic.F([]anthropic.TextBlockParam{anthropic.NewTextBlock(prompts.Concierge)}),
		Messages:  anthropic.F(h),
	})
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, c := range msg.Content {
		sb.WriteString(c.Text)
	}
	h = append(h, msg.ToParam())
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	b.mu.Lock()
	b.hist[from] = h
	b.mu.Unlock()
	return sb.String(), nil
}
