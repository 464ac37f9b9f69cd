// groupdigest listens (read-only) to the staff group with a linked device, and once a day
// e-mails a summary to the ops manager. It never sends WhatsApp messages.
package main

import (
	"context"
	"fmt"
	"log"
	"net/smtp"
	"os"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3"
	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
)

var (
	mu     sync.Mutex
	buffer []string
)

func mail(body string) error {
	auth := smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), "smtp.gmail.com")
	msg := fmt.Sprintf("Subject: Ringkasan grup shift %s\r\n\r\n%s", time.Now().Format("02 Jan"), body)
	return smtp.SendMail("smtp.gmail.com:587", auth, os.Getenv("SMTP_USER"), []string{os.Getenv("OPS_MANAGER_EMAIL")}, []byte(msg))
}

func main() {
	container, err := sqlstore.New("sqlite3", "file:digest.db?_foreign_keys=on", waLog.Noop)
	if err != nil {
		log.Fatal(err)
	}
	dev, _ := container.GetFirstDevice()
	cli := whatsmeow.NewClient(dev, waLog.Noop)
	group := os.Getenv("STAFF_GROUP_JID")

	cli.AddEventHandler(func(evt interface{}) {
		if m, ok := evt.(*events.Message); ok && m.Info.Chat.String() == group {
			t := m.Message.GetConversation()
			if t == "" {
				t = m.Message.GetExtendedTextMessage().GetText()
			}
			if t != "" {
				mu.Lock()
				buffer = append(buffer, fmt.Sprintf("[%s] %s: %s", m.Info.Timestamp.Format("15:04"), m.Info.PushName, t))
				mu.Unlock()
			}
		}
	})
	if err := cli.Connect(); err != nil {
		log.Fatal(err)
	}
	for range time.Tick(24 * time.Hour) {
		mu.Lock()
		lines := buffer
		buffer = nil
		mu.Unlock()
		if len(lines) == 0 {
			continue
		}
		s, err := summarize(context.Background(), lines)
		if err != nil {
			log.Println("summarize:", err)
			continue
		}
		if err := mail(s); err != nil {
			log.Println("mail:", err)
		}
	}
}
