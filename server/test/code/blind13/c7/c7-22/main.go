package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"

	"github.com/tidewater-labs/maxbot/llm"
	"github.com/tidewater-labs/maxbot/persona"
)

func main() {
	chat, err := llm.New(persona.Max.System())
	if err != nil {
		panic(err)
	}

	container, err := sqlstore.New("sqlite3", "file:maxbot.db?_foreign_keys=on", waLog.Noop)
	if err != nil {
		panic(err)
	}
	device, err := container.GetFirstDevice()
	if err != nil {
		panic(err)
	}
	client := whatsmeow.NewClient(device, waLog.Stdout("Client", "WARN", true))

	client.AddEventHandler(func(evt interface{}) {
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
		go func() {
			ctx := context.Background()
			out, err := chat.Reply(ctx, v.Info.Chat.String(), text)
			if err != nil {
				fmt.Println("llm error:", err)
				return
			}
			_, _ = client.SendMessage(ctx, v.Info.Chat, &waE2E.Message{Conversation: proto.String(out)})
		}()
	})

	if client.Store.ID == nil {
		qrChan, _ := client.GetQRChannel(context.Background())
		if err := client.Connect(); err != nil {
			panic(err)
		}
		for e := range qrChan {
			if e.Event == "code" {
				qrterminal.GenerateHalfBlock(e.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := client.Connect(); err != nil {
		panic(err)
	}

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
	client.Disconnect()
}
