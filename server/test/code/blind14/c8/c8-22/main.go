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

	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"

	"github.com/tavomx/chispa-bot/internal/llm"
)

//go:embed prompts/system.txt
var systemPrompt string

const prefix = "!ia"

var (
	mu      sync.Mutex
	history = map[string][]llm.Message{}
)

func remember(chat string, m llm.Message) []llm.Message {
	mu.Lock()
	defer mu.Unlock()
	h := append(history[chat], m)
	if len(h) > 10 {
		h = h[len(h)-10:]
	}
	history[chat] = h
	return append([]llm.Message{{Role: "system", Content: systemPrompt}}, h...)
}

func textOf(e *events.Message) string {
	if c := e.Message.GetConversation(); c != "" {
		return c
	}
	return e.Message.GetExtendedTextMessage().GetText()
}

func main() {
	logger := waLog.Stdout("main", "INFO", true)
	container, err := sqlstore.New("sqlite3", "file:chispa.db?_foreign_keys=on", logger)
	if err != nil {
		panic(err)
	}
	device, err := container.GetFirstDevice()
	if err != nil {
		panic(err)
	}
	client := whatsmeow.NewClient(device, waLog.Stdout("client", "WARN", true))

	client.AddEventHandler(func(evt interface{}) {
		e, ok := evt.(*events.Message)
		if !ok || e.Info.IsFromMe {
			return
		}
		txt := strings.TrimSpace(textOf(e))
		if !strings.HasPrefix(strings.ToLower(txt), prefix) {
			return
		}
		q := strings.TrimSpace(txt[len(prefix):])
		if q == "" {
			return
		}
		go func() {
			chat := e.Info.Chat.String()
			msgs := remember(chat, llm.Message{Role: "user", Content: e.Info.PushName + ": " + q})
			ans, err := llm.Chat(context.Background(), msgs)
			if err != nil {
				ans = "Uy, algo falló 😅 intenta otra vez"
			} else {
				remember(chat, llm.Message{Role: "assistant", Content: ans})
			}
			client.SendMessage(context.Background(), e.Info.Chat, &waProto.Message{Conversation: proto.String(ans)})
		}()
	})

	if client.Store.ID == nil {
		qrChan, _ := client.GetQRChannel(context.Background())
		if err := client.Connect(); err != nil {
			panic(err)
		}
		for evt := range qrChan {
			if evt.Event == "code" {
				qrterminal.GenerateHalfBlock(evt.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := client.Connect(); err != nil {
		panic(err)
	}
	fmt.Println("Chispa conectada. Ctrl+C para salir.")

	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	<-c
	client.Disconnect()
}
