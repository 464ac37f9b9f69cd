package bot

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"gitlab.com/yatrabus/wa-assistant/internal/wa"
)

var (
	client     = openai.NewClient(os.Getenv("OPENAI_API_KEY"))
	mu         sync.Mutex
	history    = map[string][]openai.ChatCompletionMessage{}
	humanUntil = map[string]time.Time{}
	staffPhone = envOr("STAFF_WA", "919829061548") // control room, Sindhi Camp
)

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

var agentWords = []string{"एजेंट", "agent", "insaan", "इंसान", "शिकायत"}

func Handle(ctx context.Context, from, text string) {
	if from == staffPhone && strings.HasPrefix(text, "#done ") {
		mu.Lock()
		delete(humanUntil, strings.TrimSpace(strings.TrimPrefix(text, "#done ")))
		mu.Unlock()
		return
	}
	mu.Lock()
	if time.Now().Before(humanUntil[from]) {
		mu.Unlock()
		return // staff is handling this passenger
	}
	mu.Unlock()

	lower := strings.ToLower(text)
	for _, w := range agentWords {
		if strings.Contains(lower, w) {
			mu.Lock()
			humanUntil[from] = time.Now().Add(4 * time.Hour)
			mu.Unlock()
			_ = wa.SendText(staffPhone, fmt.Sprintf("यात्री +%s को स्टाफ़ चाहिए: %q\nजवाब देने के बाद भेजें: #done %s", from, text, from))
			_ = wa.SendText(from, "ठीक है, हमारे स्टाफ़ को सूचना दे दी गई है। वे जल्द ही इसी चैट में जवाब देंगे (सुबह 6 से रात 11 बजे तक)।")
			return
		}
	}

	mu.Lock()
	h := append(history[from], openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: text})
	mu.Unlock()
	msgs := append([]openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleSystem, Content: SystemPrompt}}, h...)
	resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4oMini, Messages: msgs})
	if err != nil {
		_ = wa.SendText(from, "क्षमा करें, अभी तकनीकी समस्या है। कृपया थोड़ी देर बाद प्रयास करें।")
		return
	}
	out := resp.Choices[0].Message.Content
	mu.Lock()
	history[from] = append(h, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: out})
	mu.Unlock()
	_ = wa.SendText(from, out)
}
