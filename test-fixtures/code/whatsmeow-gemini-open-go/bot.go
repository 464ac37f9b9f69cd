package main

import (
	"context"
	"fmt"
	"os"

	"github.com/google/generative-ai-go/genai"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/api/option"
	"google.golang.org/protobuf/proto"
)

type Bot struct {
	wa    *whatsmeow.Client
	model *genai.GenerativeModel
}

func NewBot(ctx context.Context, wa *whatsmeow.Client) (*Bot, error) {
	g, err := genai.NewClient(ctx, option.WithAPIKey(os.Getenv("GEMINI_API_KEY")))
	if err != nil {
		return nil, err
	}
	model := g.GenerativeModel("gemini-1.5-flash")
	model.SystemInstruction = &genai.Content{Parts: []genai.Part{genai.Text(fmt.Sprintf(personaTemplate, "Mimin"))}}
	b := &Bot{wa: wa, model: model}
	wa.AddEventHandler(b.handle)
	// ^^^^ flow/no-human-path
	return b, nil
}

func (b *Bot) handle(evt interface{}) {
	msg, ok := evt.(*events.Message)
	if !ok || msg.Info.IsFromMe {
		return
	}
	text := msg.Message.GetConversation()
	if text == "" {
		text = msg.Message.GetExtendedTextMessage().GetText()
	}
	ctx := context.Background()
	resp, err := b.model.GenerateContent(ctx, genai.Text(text))
	if err != nil || len(resp.Candidates) == 0 {
		return
	}
	reply := fmt.Sprint(resp.Candidates[0].Content.Parts[0])
	b.wa.SendMessage(ctx, msg.Info.Chat, &waE2E.Message{Conversation: proto.String(reply)})
}
