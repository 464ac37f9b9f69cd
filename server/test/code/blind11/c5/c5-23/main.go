package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"

	_ "github.com/mattn/go-sqlite3"
	"github.com/tmc/langchaingo/llms"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"

	"github.com/ironpeak-gym/wa-concierge/internal/bot"
)

var (
	mu        sync.Mutex
	histories = map[string][]llms.MessageContent{}
	withStaff = map[string]bool{}
)

func main() {
	ctx := context.Background()
	container, err := sqlstore.New("sqlite3", "file:wa.db?_foreign_keys=on", nil)
	if err != nil {
		panic(err)
	}
	device, _ := container.GetFirstDevice()
	client := whatsmeow.NewClient(device, nil)
	brain, err := bot.NewBrain()
	if err != nil {
		panic(err)
	}
	managerJID, _ := types.ParseJID(os.Getenv("MANAGER_JID")) // e.g. 61412558803@s.whatsapp.net

	send := func(to types.JID, text string) {
		client.SendMessage(ctx, to, &waProto.Message{Conversation: proto.String(text)})
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
		chat := m.Info.Chat.String()

		if m.Info.Sender.User == managerJID.User && strings.HasPrefix(text, "done ") {
			mu.Lock()
			delete(withStaff, strings.TrimPrefix(text, "done ")+"@s.whatsapp.net")
			mu.Unlock()
			return
		}

		mu.Lock()
		paused := withStaff[chat]
		mu.Unlock()
		if paused {
			return
		}

		if strings.EqualFold(strings.TrimSpace(text), "staff") {
			mu.Lock()
			withStaff[chat] = true
			mu.Unlock()
			send(managerJID, fmt.Sprintf("Member %s wants to talk to staff. Reply from the front-desk phone; send 'done %s' to hand back.", m.Info.Sender.User, m.Info.Sender.User))
			send(m.Info.Chat, "No worries — I've let the front desk know, someone from the team will reply here shortly 💪")
			return
		}

		mu.Lock()
		h := append(histories[chat], llms.TextParts(llms.ChatMessageTypeHuman, text))
		mu.Unlock()
		reply, err := brain.Reply(ctx, h)
		if err != nil {
			return
		}
		mu.Lock()
		histories[chat] = append(h, llms.TextParts(llms.ChatMessageTypeAI, reply))
		mu.Unlock()
		send(m.Info.Chat, reply)
	})

	if err := client.Connect(); err != nil {
		panic(err)
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	client.Disconnect()
}
