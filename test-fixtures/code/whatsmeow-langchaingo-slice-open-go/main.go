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

const persona = "Eres Tito, un asistente de uso general. Responde cualquier pregunta sobre cualquier tema: tareas, recetas, código, viajes."
//                             ^^^^^ flow/open-domain-llm

func main() {
	llm, err := openai.New()
	if err != nil {
		panic(err)
	}
	wa.AddEventHandler(func(evt interface{}) {
	//^^^ flow/no-human-path
		msg, ok := evt.(*events.Message)
		if !ok || msg.Info.IsFromMe {
			return
		}
		ctx := context.Background()
		system := llms.MessageContent{Role: llms.ChatMessageTypeSystem, Parts: []llms.ContentPart{llms.TextPart(persona)}}
		msgs := []llms.MessageContent{system, llms.TextParts(llms.ChatMessageTypeHuman, msg.Message.GetConversation())}
		resp, err := llm.GenerateContent(ctx, msgs)
		if err != nil {
			return
		}
		wa.SendMessage(ctx, msg.Info.Chat, &waE2E.Message{Conversation: proto.String(resp.Choices[0].Content)})
	})
	select {}
}
