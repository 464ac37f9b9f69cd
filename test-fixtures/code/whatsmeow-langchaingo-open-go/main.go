package main

import (
	"context"
	"log"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

const systemPrompt = "Você é um assistente de IA de uso geral. Responda qualquer pergunta sobre qualquer assunto: receitas, lição de casa, programação, viagens, conhecimentos gerais."
//                                                             ^^^^^ flow/open-domain-llm

var (
	wa  *whatsmeow.Client
	llm *openai.LLM
)

func answer(ctx context.Context, text string) (string, error) {
	content := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, systemPrompt),
		llms.TextParts(llms.ChatMessageTypeHuman, text),
	}
	resp, err := llm.GenerateContent(ctx, content, llms.WithTemperature(0.7))
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Content, nil
}

func onEvent(evt interface{}) {
	if m, ok := evt.(*events.Message); ok && !m.Info.IsFromMe {
		ctx := context.Background()
		reply, err := answer(ctx, m.Message.GetConversation())
		if err != nil {
			log.Println(err)
			return
		}
		wa.SendMessage(ctx, m.Info.Chat, &waE2E.Message{Conversation: proto.String(reply)})
	}
}

func main() {
	var err error
	llm, err = openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		log.Fatal(err)
	}
	wa.AddEventHandler(onEvent)
	//^^^ flow/no-human-path
	select {}
}
