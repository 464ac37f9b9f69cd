package assistant

import (
	"context"
	_ "embed"
	"sync"

	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
)

//go:embed prompts/system.txt
var systemPrompt string

type Assistant struct {
	client  openai.Client
	mu      sync.Mutex
	history map[string][]openai.ChatCompletionMessageParamUnion
}

func New(apiKey string) *Assistant {
	return &Assistant{
		client:  openai.NewClient(option.WithAPIKey(apiKey)),
		history: map[string][]openai.ChatCompletionMessageParamUnion{},
	}
}

func (a *Assistant) Reply(ctx context.Context, waID, text string) (string, error) {
	a.mu.Lock()
	h := append(a.history[waID], openai.UserMessage(text))
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	a.mu.Unlock()

	msgs := append([]openai.ChatCompletionMessageParamUnion{openai.SystemMessage(systemPrompt)}, h...)
	resp, err := a.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model:       openai.ChatModelGPT4oMini,
		Messages:    msgs,
		Temperature: openai.Float(0.3),
	})
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Message.Content

	a.mu.Lock()
	a.history[waID] = append(h, openai.AssistantMessage(out))
	a.mu.Unlock()
	return out, nil
}
