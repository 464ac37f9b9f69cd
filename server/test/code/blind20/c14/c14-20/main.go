package main

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"
)

//go:embed prompts/system.ko.md
var systemPrompt string

type bot struct {
	wa     *whatsmeow.Client
	claude anthropic.Client

	mu      sync.Mutex
	history map[types.JID][]anthropic.MessageParam
}

func (b *bot) answer(ctx context.Context, chat types.JID, text string) (string, error) {
	b.mu.Lock()
	h := append(b.history[chat], anthropic.NewUserMessage(anthropic.NewTextBlock(text)))
	if len(h) > 14 {
		h = h[len(h)-14:]
	}
	b.mu.Unlock()

	msg, err := b.claude.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.ModelClaude3_5HaikuLatest,
		MaxTokens: 600,
		System:    []anthropic.TextBlockParam{{Text: systemPrompt}},
		Messages:  h,
	})
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, c := range msg.Content {
		if c.Type == "text" {
			sb.WriteString(c.Text)
		}
	}
	out := sb.String()

	b.mu.Lock()
	b.history[chat] = append(h, anthropic.NewAssistantMessage(anthropic.NewTextBlock(out)))
	b.mu.Unlock()
	return out, nil
}

func (b *bot) onEvent(evt any) {
	v, ok := evt.(*events.Message)
	if !ok || v.Info.IsFromMe || v.Info.IsGroup {
		return
	}
	text := v.Message.GetConversation()
	if text == "" {
		text = v.Message.GetExtendedTextMessage().GetText()
	}
	if text == "" {
		return
	}
	go func() {
		ctx := context.Background()
		reply, err := b.answer(ctx, v.Info.Chat, text)
		if err != nil {
			fmt.Fprintln(os.Stderr, "claude:", err)
			reply = "죄송합니다, 잠시 후 다시 문의해 주세요. / Sorry, please try again in a moment."
		}
		_, err = b.wa.SendMessage(ctx, v.Info.Chat, &waE2E.Message{Conversation: proto.String(reply)})
		if err != nil {
			fmt.Fprintln(os.Stderr, "send:", err)
		}
	}()
}

func main() {
	ctx := context.Background()
	dbLog := waLog.Stdout("DB", "WARN", true)
	container, err := sqlstore.New(ctx, "sqlite3", "file:wastore.db?_foreign_keys=on", dbLog)
	if err != nil {
		panic(err)
	}
	device, err := container.GetFirstDevice(ctx)
	if err != nil {
		panic(err)
	}

	b := &bot{
		wa:      whatsmeow.NewClient(device, waLog.Stdout("Client", "INFO", true)),
		claude:  anthropic.NewClient(option.WithAPIKey(os.Getenv("ANTHROPIC_API_KEY"))),
		history: map[types.JID][]anthropic.MessageParam{},
	}
	b.wa.AddEventHandler(b.onEvent)

	if b.wa.Store.ID == nil {
		qrChan, _ := b.wa.GetQRChannel(ctx)
		if err := b.wa.Connect(); err != nil {
			panic(err)
		}
		for evt := range qrChan {
			if evt.Event == "code" {
				qrterminal.GenerateHalfBlock(evt.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := b.wa.Connect(); err != nil {
		panic(err)
	}

	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	<-c
	b.wa.Disconnect()
}
