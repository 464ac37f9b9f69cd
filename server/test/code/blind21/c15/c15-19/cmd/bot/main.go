package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strings"
	"sync"

	_ "github.com/mattn/go-sqlite3"
	"go.mau.fi/whatsmeow"
	waE2E "go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"

	"github.com/kstepien/wa-asystent/internal/llm"
	"github.com/kstepien/wa-asystent/internal/prompt"
)

var (
	cfg       *prompt.Config
	ai        *llm.Client
	wa        *whatsmeow.Client
	uAni      = map[string]bool{} // czaty przekazane do Ani
	uAniMutex sync.Mutex
)

func handler(evt interface{}) {
	msg, ok := evt.(*events.Message)
	if !ok || msg.Info.IsFromMe || msg.Info.IsGroup {
		return
	}
	text := msg.Message.GetConversation()
	if text == "" {
		text = msg.Message.GetExtendedTextMessage().GetText()
	}
	if text == "" {
		return
	}
	chat := msg.Info.Chat.String()

	uAniMutex.Lock()
	zAnia := uAni[chat]
	uAniMutex.Unlock()

	system := cfg.Glowny()
	if zAnia {
		system = cfg.Ania.Prompt
	}

	answer, err := ai.Ask(context.Background(), chat, system, text)
	if err != nil {
		log.Println("openai:", err)
		answer = "Przepraszam, wystąpił chwilowy problem. Proszę spróbować ponownie."
	}

	if strings.Contains(answer, "#ania") {
		answer = strings.TrimSpace(strings.ReplaceAll(answer, "#ania", ""))
		uAniMutex.Lock()
		uAni[chat] = true
		uAniMutex.Unlock()
		ai.Reset(chat)
		answer += "\n\n👩‍💼 Ania (asystentka AI) przejmuje rozmowę."
	}

	_, err = wa.SendMessage(context.Background(), msg.Info.Chat, &waE2E.Message{Conversation: proto.String(answer)})
	if err != nil {
		log.Println("send:", err)
	}
}

func main() {
	var err error
	cfg, err = prompt.Load(envOr("PROMPT_FILE", "config/prompt.yaml"))
	if err != nil {
		log.Fatal(err)
	}
	ai = llm.New()

	dbLog := waLog.Stdout("DB", "WARN", true)
	container, err := sqlstore.New(context.Background(), "sqlite3", "file:wa.db?_foreign_keys=on", dbLog)
	if err != nil {
		log.Fatal(err)
	}
	device, err := container.GetFirstDevice(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	wa = whatsmeow.NewClient(device, waLog.Stdout("Client", "WARN", true))
	wa.AddEventHandler(handler)

	if wa.Store.ID == nil {
		qr, _ := wa.GetQRChannel(context.Background())
		if err := wa.Connect(); err != nil {
			log.Fatal(err)
		}
		for e := range qr {
			if e.Event == "code" {
				fmt.Println("Zeskanuj QR:", e.Code)
			}
		}
	} else if err := wa.Connect(); err != nil {
		log.Fatal(err)
	}

	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	wa.Disconnect()
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
