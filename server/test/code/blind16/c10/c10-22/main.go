package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"

	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	openai "github.com/sashabaranov/go-openai"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"
)

var (
	ai      = openai.NewClient(os.Getenv("OPENAI_API_KEY"))
	mu      sync.Mutex
	threads = map[string][]openai.ChatCompletionMessage{}
)

func answer(ctx context.Context, chat, text string) (string, error) {
	mu.Lock()
	h := append(threads[chat], openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: text})
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	mu.Unlock()
	msgs := append([]openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleSystem, Content: systemPrompt}}, h...)
	resp, err := ai.CreateChatCompletion(ctx, openai.ChatCompletionRequest{Model: openai.GPT4oMini, Messages: msgs})
	if err != nil {
		return "", err
	}
	out := resp.Choices[0].Message.Content
	mu.Lock()
	threads[chat] = append(h, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: out})
	mu.Unlock()
	return out, nil
}

func main() {
	log := waLog.Stdout("main", "INFO", true)
	container, err := sqlstore.New("sqlite3", "file:session.db?_foreign_keys=on", log)
	if err != nil {
		panic(err)
	}
	device, err := container.GetFirstDevice()
	if err != nil {
		panic(err)
	}
	client := whatsmeow.NewClient(device, waLog.Stdout("client", "WARN", true))

	client.AddEventHandler(func(evt interface{}) {
		m, ok := evt.(*events.Message)
		if !ok || m.Info.IsFromMe || m.Info.IsGroup {
			return
		}
		text := m.Message.GetConversation()
		if text == "" {
			text = m.Message.GetExtendedTextMessage().GetText()
		}
		if text == "" {
			return
		}
		go func() {
			out, err := answer(context.Background(), m.Info.Chat.String(), text)
			if err != nil {
				out = "Uy, algo falló. Inténtalo otra vez en un rato."
			}
			_, _ = client.SendMessage(context.Background(), m.Info.Chat, &waProto.Message{Conversation: proto.String(out)})
		}()
	})

	if client.Store.ID == nil {
		qrChan, _ := client.GetQRChannel(context.Background())
		if err := client.Connect(); err != nil {
			panic(err)
		}
		for item := range qrChan {
			if item.Event == "code" {
				qrterminal.GenerateHalfBlock(item.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := client.Connect(); err != nil {
		panic(err)
	}
	fmt.Println("Pregúntale conectado")
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	<-c
	client.Disconnect()
}
