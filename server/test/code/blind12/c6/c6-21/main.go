package main

import (
	"context"
	"log"
	"os"
	"os/signal"
	"strings"

	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"

	"github.com/ironworksgym/wa-concierge/internal/handoff"
	"github.com/ironworksgym/wa-concierge/internal/prompt"
)

func main() {
	ctx := context.Background()
	llm, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		log.Fatal(err)
	}
	container, err := sqlstore.New(ctx, "sqlite3", "file:ironworks.db?_foreign_keys=on", waLog.Noop)
	if err != nil {
		log.Fatal(err)
	}
	device, err := container.GetFirstDevice(ctx)
	if err != nil {
		log.Fatal(err)
	}
	cli := whatsmeow.NewClient(device, waLog.Stdout("wa", "INFO", true))
	desk := handoff.New(getenv("DUTY_MANAGER_NUMBER", "447700183526"))
	classes, _ := os.ReadFile("data/classes.txt")

	cli.AddEventHandler(func(evt interface{}) {
		v, ok := evt.(*events.Message)
		if !ok || v.Info.IsFromMe || v.Info.IsGroup {
			return
		}
		text := v.Message.GetConversation()
		if text == "" && v.Message.GetExtendedTextMessage() != nil {
			text = v.Message.GetExtendedTextMessage().GetText()
		}
		if text == "" {
			return
		}
		if v.Info.Sender.User == desk.DutyJID.User && strings.HasPrefix(text, "#resume ") {
			desk.Resume(strings.TrimSpace(strings.TrimPrefix(text, "#resume ")))
			return
		}
		if desk.Paused(v.Info.Chat) {
			return
		}
		if desk.Wants(text) {
			_ = desk.Escalate(ctx, cli, v.Info.Chat, text)
			reply(ctx, cli, v, "No problem — I've let the duty manager know. They'll message you here shortly.")
			return
		}

		msgs := []llms.MessageContent{
			{Role: llms.ChatMessageTypeSystem, Parts: []llms.ContentPart{llms.TextContent{Text: prompt.System}}},
			llms.TextParts(llms.ChatMessageTypeSystem, "CLASSES:\n"+string(classes)),
			llms.TextParts(llms.ChatMessageTypeHuman, text),
		}
		resp, err := llm.GenerateContent(ctx, msgs, llms.WithTemperature(0.2), llms.WithMaxTokens(300))
		if err != nil || len(resp.Choices) == 0 {
			log.Println("llm:", err)
			return
		}
		reply(ctx, cli, v, resp.Choices[0].Content)
	})

	if cli.Store.ID == nil {
		qr, _ := cli.GetQRChannel(ctx)
		if err := cli.Connect(); err != nil {
			log.Fatal(err)
		}
		for item := range qr {
			if item.Event == "code" {
				qrterminal.GenerateHalfBlock(item.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := cli.Connect(); err != nil {
		log.Fatal(err)
	}

	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	cli.Disconnect()
}

func reply(ctx context.Context, cli *whatsmeow.Client, v *events.Message, text string) {
	_, _ = cli.SendMessage(ctx, v.Info.Chat, &waE2E.Message{Conversation: proto.String(text)})
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
