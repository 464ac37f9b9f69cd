package claude

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

type Client struct {
	api    *anthropic.Client
	system string
}

func New(key, system string) *Client {
	return &Client{api: anthropic.NewClient(option.WithAPIKey(key)), system: system}
}

func (c *Client) Reply(ctx context.Context, text string) (string, error) {
	msg, err := c.api.Messages.New(ctx, anthropic.MessageNewParams{
	//          ^^^^ flow/open-domain-llm
		Model:     anthropic.F(anthropic.ModelClaude_3_5_Sonnet_20240620),
		MaxTokens: anthropic.F(int64(1024)),
		System:    anthropic.F([]anthropic.TextBlockParam{anthropic.NewTextBlock(c.system)}),
		Messages:  anthropic.F([]anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(text))}),
	})
	if err != nil {
		return "", err
	}
	return msg.Content[0].Text, nil
}
