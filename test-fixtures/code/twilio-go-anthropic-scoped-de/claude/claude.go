package claude

import (
	"context"

	"github.com/liushuangls/go-anthropic/v2"
)

const system = `Du bist der WhatsApp-Assistent von Berlin Bikes, einem Fahrradverleih in Berlin.
Beantworte nur Fragen zu Mietpreisen, Öffnungszeiten, Reservierungen und Reparaturen unserer Räder.
Lehne alle anderen Themen höflich ab.`

type Bot struct{ c *anthropic.Client }

func New(key string) *Bot { return &Bot{c: anthropic.NewClient(key)} }

func (b *Bot) Answer(ctx context.Context, text string) (string, error) {
	resp, err := b.c.CreateMessages(ctx, anthropic.MessagesRequest{
		Model:     anthropic.ModelClaude3Haiku20240307,
		System:    system,
		Messages:  []anthropic.Message{anthropic.NewUserTextMessage(text)},
		MaxTokens: 500,
	})
	if err != nil {
		return "", err
	}
	return resp.Content[0].GetText(), nil
}
