package main

import (
	"context"

	"example.com/bot/internal/llm"
	"example.com/bot/internal/prompts"
	"os"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

type bot struct {
	wa     *whatsmeow.Client
	claude *claude.Client
}

func (b *bot) handle(evt interface{}) {
	m, ok := evt.(*events.Message)
	if !ok || m.Info.IsFromMe {
		return
	}
	answer, err := b.claude.Reply(context.Background(), m.Message.GetConversation())
	if err != nil {
		return
	}
	b.wa.SendMessage(context.Background(), m.Info.Chat, &waE2E.Message{Conversation: proto.String(answer)})
}

func main() {
	b := &bot{claude: claude.New(os.Getenv("ANTHROPIC_API_KEY"), prompts.Support)}
	b.wa.AddEventHandler(b.handle)
	//  ^^^^ flow/no-human-path
	select {}
}
