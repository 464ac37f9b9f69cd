package main

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

var wa *whatsmeow.Client

func main() {
	m, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		panic(err)
	}
	b := &brain{model: m}
	wa.AddEventHandler(func(evt interface{}) {
	//^^^ flow/no-human-path
		msg, ok := evt.(*events.Message)
		if !ok || msg.Info.IsFromMe {
			return
		}
		ctx := context.Background()
		history := []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, msg.Message.GetConversation())}
		reply, err := b.reply(ctx, history)
		if err != nil {
			return
		}
		wa.SendMessage(ctx, msg.Info.Chat, &waE2E.Message{Conversation: proto.String(reply)})
	})
	select {}
}
