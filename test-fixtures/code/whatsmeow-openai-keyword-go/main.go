package main

import (
	"context"
	"os"
	"strings"

	"github.com/padaria-bela-vista/atendente/prompts"
	openai "github.com/sashabaranov/go-openai"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

var (
	client   *whatsmeow.Client
	ai       = openai.NewClient(os.Getenv("OPENAI_API_KEY"))
	balcao   = types.NewJID(os.Getenv("BALCAO_NUMERO"), types.DefaultUserServer)
	pausados = map[string]bool{}
)

func responder(ctx context.Context, pergunta string) (string, error) {
	req := openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: prompts.Persona},
			{Role: openai.ChatMessageRoleUser, Content: pergunta},
		},
	}
	resp, err := ai.CreateChatCompletion(ctx, req)
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

func enviar(ctx context.Context, to types.JID, texto string) {
	client.SendMessage(ctx, to, &waE2E.Message{Conversation: proto.String(texto)})
}

func aoReceber(evt interface{}) {
	switch v := evt.(type) {
	case *events.Message:
		if v.Info.IsFromMe || pausados[v.Info.Chat.User] {
			return
		}
		ctx := context.Background()
		texto := strings.ToLower(strings.TrimSpace(v.Message.GetConversation()))
		switch texto {
		case "atendente", "falar com humano":
			pausados[v.Info.Chat.User] = true
			client.SendMessage(ctx, balcao, &waE2E.Message{Conversation: proto.String("Cliente pediu atendimento: " + v.Info.Sender.User)})
			enviar(ctx, v.Info.Chat, "Certo! Uma pessoa do balcão vai continuar a conversa por aqui.")
			return
		}
		resposta, err := responder(ctx, texto)
		if err == nil {
			enviar(ctx, v.Info.Chat, resposta)
		}
	}
}

func main() {
	client.AddEventHandler(aoReceber)
	_ = client.Connect()
	select {}
}
