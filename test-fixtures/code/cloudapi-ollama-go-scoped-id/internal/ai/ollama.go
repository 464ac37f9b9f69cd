package ai

import (
	"context"
	"strings"

	"github.com/ollama/ollama/api"
)

const persona = `Kamu adalah asisten WhatsApp Warung Makan Bu Sri. Jawab hanya pertanyaan tentang menu, harga, jam buka, dan pesanan antar.
Jika pertanyaan di luar topik itu, tolak dengan sopan dan arahkan kembali ke menu.`

func Ask(ctx context.Context, text string) string {
	client, err := api.ClientFromEnvironment()
	if err != nil {
		return "Maaf, sedang ada gangguan."
	}
	stream := false
	req := &api.ChatRequest{
		Model:  "llama3.1",
		Stream: &stream,
		Messages: []api.Message{
			{Role: "system", Content: persona},
			{Role: "user", Content: text},
		},
	}
	var out strings.Builder
	_ = client.Chat(ctx, req, func(resp api.ChatResponse) error {
		out.WriteString(resp.Message.Content)
		return nil
	})
	return out.String()
}
