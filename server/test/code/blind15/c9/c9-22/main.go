package main

import (
	"context"
	"log"
	"os"
	"os/signal"

	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"

	"github.com/rafaelmendes-dev/buddy-wa/internal/ai"
)

func main() {
	ctx := context.Background()
	container, err := sqlstore.New("sqlite3", "file:buddy.db?_foreign_keys=on", waLog.Noop)
	if err != nil {
		log.Fatal(err)
	}
	device, err := container.GetFirstDevice()
	if err != nil {
		log.Fatal(err)
	}
	client := whatsmeow.NewClient(device, waLog.Stdout("Client", "WARN", true))
	chat, err := ai.New()
	if err != nil {
		log.Fatal(err)
	}

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
			reply, err := chat.Reply(ctx, m.Info.Sender.User, text)
			if err != nil {
				log.Println("llm:", err)
				return
			}
			_, _ = client.SendMessage(ctx, m.Info.Chat, &waProto.Message{Conversation: proto.String(reply)})
		}()
	})

	if client.Store.ID == nil {
		qr, _ := client.GetQRChannel(ctx)
		if err := client.Connect(); err != nil {
			log.Fatal(err)
		}
		for e := range qr {
			if e.Event == "code" {
				qrterminal.GenerateHalfBlock(e.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := client.Connect(); err != nil {
		log.Fatal(err)
	}

	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	client.Disconnect()
}
