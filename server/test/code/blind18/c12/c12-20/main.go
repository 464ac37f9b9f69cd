package main

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"sync"

	_ "github.com/mattn/go-sqlite3"
	"github.com/mdp/qrterminal/v3"
	"github.com/ollama/ollama/api"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/store/sqlstore"
	"go.mau.fi/whatsmeow/types/events"
	waLog "go.mau.fi/whatsmeow/util/log"
	"google.golang.org/protobuf/proto"
)

var (
	cfg     *Config
	ollama  *api.Client
	wac     *whatsmeow.Client
	mu      sync.Mutex
	history = map[string][]api.Message{}
)

func ask(chat, text string) (string, error) {
	mu.Lock()
	h := append(history[chat], api.Message{Role: "user", Content: text})
	mu.Unlock()

	msgs := append([]api.Message{{Role: "system", Content: cfg.Bot.SystemPrompt}}, h...)
	stream := false
	var out strings.Builder
	err := ollama.Chat(context.Background(), &api.ChatRequest{
		Model:    cfg.Ollama.Model,
		Messages: msgs,
		Stream:   &stream,
		Options:  map[string]any{"temperature": cfg.Ollama.Temperature},
	}, func(r api.ChatResponse) error {
		out.WriteString(r.Message.Content)
		return nil
	})
	if err != nil {
		return "", err
	}
	h = append(h, api.Message{Role: "assistant", Content: out.String()})
	if len(h) > cfg.Bot.History*2 {
		h = h[len(h)-cfg.Bot.History*2:]
	}
	mu.Lock()
	history[chat] = h
	mu.Unlock()
	return out.String(), nil
}

func onEvent(evt any) {
	m, ok := evt.(*events.Message)
	if !ok || m.Info.IsFromMe {
		return
	}
	text := m.Message.GetConversation()
	if text == "" {
		text = m.Message.GetExtendedTextMessage().GetText()
	}
	if m.Info.IsGroup {
		if !strings.HasPrefix(text, cfg.Bot.TriggerInGroups) {
			return
		}
		text = strings.TrimSpace(strings.TrimPrefix(text, cfg.Bot.TriggerInGroups))
	}
	if text == "" {
		return
	}
	go func() {
		reply, err := ask(m.Info.Chat.String(), text)
		if err != nil {
			reply = "앗, 잠시 오류가 났어요. 조금 뒤에 다시 물어봐 주세요 🙏"
		}
		wac.SendMessage(context.Background(), m.Info.Chat, &waProto.Message{Conversation: proto.String(reply)})
	}()
}

func main() {
	var err error
	if cfg, err = loadConfig("config.yaml"); err != nil {
		panic(err)
	}
	u, _ := url.Parse(cfg.Ollama.Host)
	ollama = api.NewClient(u, http.DefaultClient)

	container, err := sqlstore.New("sqlite3", "file:mulbot.db?_foreign_keys=on", waLog.Noop)
	if err != nil {
		panic(err)
	}
	device, err := container.GetFirstDevice()
	if err != nil {
		panic(err)
	}
	wac = whatsmeow.NewClient(device, waLog.Stdout("wa", "WARN", true))
	wac.AddEventHandler(onEvent)

	if wac.Store.ID == nil {
		qr, _ := wac.GetQRChannel(context.Background())
		if err := wac.Connect(); err != nil {
			panic(err)
		}
		for e := range qr {
			if e.Event == "code" {
				qrterminal.GenerateHalfBlock(e.Code, qrterminal.L, os.Stdout)
			}
		}
	} else if err := wac.Connect(); err != nil {
		panic(err)
	}

	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	<-c
	wac.Disconnect()
}
