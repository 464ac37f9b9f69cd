package main

import (
	"context"
	"strings"

	"github.com/ollama/ollama/api"
)

const digestPrompt = `You write a daily digest for the operations manager of Rumah Baca Cafe.
Input: the day's messages from the staff WhatsApp group "RB Kemang – Shift".
Output in Indonesian, max 10 bullet points: stock shortages, equipment problems, shift swaps, complaints mentioned by staff.
Do not include personal chatter. Do not invent anything that is not in the messages.`

func summarize(ctx context.Context, lines []string) (string, error) {
	c, err := api.ClientFromEnvironment()
	if err != nil {
		return "", err
	}
	stream := false
	var out strings.Builder
	err = c.Chat(ctx, &api.ChatRequest{
		Model:  "llama3.1:8b",
		Stream: &stream,
		Messages: []api.Message{
			{Role: "system", Content: digestPrompt},
			{Role: "user", Content: strings.Join(lines, "\n")},
		},
	}, func(r api.ChatResponse) error { out.WriteString(r.Message.Content); return nil })
	return out.String(), err
}
