package main

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type brain struct{ model llms.Model }

// The system message is a struct literal built in a helper; the history is appended after it.
func systemMessage() llms.MessageContent {
	return llms.MessageContent{
		Role:  llms.ChatMessageTypeSystem,
		Parts: []llms.ContentPart{llms.TextContent{Text: systemPrompt}},
	}
}

func (b *brain) conversation(history []llms.MessageContent) []llms.MessageContent {
	sys := systemMessage()
	return append([]llms.MessageContent{sys}, history...)
}

func (b *brain) reply(ctx context.Context, history []llms.MessageContent) (string, error) {
	resp, err := b.model.GenerateContent(ctx, b.conversation(history))
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Content, nil
}
