package main

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

const menuText = "Menu Kedai Kopi Senja:\n1. Kopi susu gula aren 18rb\n2. Americano 15rb\n3. Roti bakar 12rb"

type handler struct {
	wa     *whatsmeow.Client
	claude anthropic.Client
}

func (h *handler) onEvent(evt any) {
	m, ok := evt.(*events.Message)
	if !ok || m.Info.IsFromMe || m.Info.IsGroup {
		return
	}
	text := strings.TrimSpace(strings.ToLower(m.Message.GetConversation()))
	var reply string
	switch text {
	case "menu", "1":
		reply = menuText
	case "jam", "buka":
		reply = "Kami buka setiap hari pukul 07.00-22.00."
	default:
		reply = h.freeform(text)
	}
	h.wa.SendMessage(context.Background(), m.Info.Chat, &waE2E.Message{Conversation: proto.String(reply)})
}

func (h *handler) freeform(text string) string {
	msg, err := h.claude.Messages.New(context.Background(), anthropic.MessageNewParams{
	//          ^^^^ flow/open-domain-fallback
		Model:     anthropic.ModelClaude3_5HaikuLatest,
		MaxTokens: 512,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(text))},
	})
	if err != nil || len(msg.Content) == 0 {
		return "Maaf, coba lagi nanti ya."
	}
	return msg.Content[0].Text
}

func main() {
	h := &handler{claude: anthropic.NewClient()}
	h.wa.AddEventHandler(h.onEvent)
	//  ^^^^ flow/no-human-path
	select {}
}
