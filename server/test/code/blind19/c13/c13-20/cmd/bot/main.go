package main

import (
	"context"
	"os"
	"os/signal"

	_ "github.com/mattn/go-sqlite3"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"

	"github.com/kwikdrop-ng/wa-tracker/internal/agent"
)

func main() {
	log := waLog.Stdout("kwik", "INFO", true)
	container, err := sqlstore.New("sqlite3", "file:session.db?_foreign_keys=on", log)
	if err != nil {
		panic(err)
	}
	device, _ := container.GetFirstDevice()
	cli := whatsmeow.NewClient(device, log)

	cli.AddEventHandler(func(evt any) {
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
		reply, err := agent.Reply(text)
		if err != nil {
			reply = "Sorry, something went wrong. Please try again."
		}
		cli.SendMessage(context.Background(), m.Info.Chat, &waProto.Message{Conversation: proto.String(reply)})
	})

	if cli.Store.ID == nil {
		qr, _ := cli.GetQRChannel(context.Background())
		_ = cli.Connect()
		for e := range qr {
			if e.Event == "code" {
				log.Infof("QR: %s", e.Code)
			}
		}
	} else {
		_ = cli.Connect()
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	cli.Disconnect()
}
