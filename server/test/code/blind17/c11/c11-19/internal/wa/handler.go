package wa

import (
	"context"
	"log"
	"strings"

	"github.com/fedeluna/mate-bot/internal/llm"
	"go.mau.fi/whatsmeow"
	waProto "go.mau.fi/whatsmeow/binary/proto"
	"go.mau.fi/whatsmeow/types/events"
	"google.golang.org/protobuf/proto"
)

func Handler(client *whatsmeow.Client, ai *llm.Client) func(evt interface{}) {
	return func(evt interface{}) {
		m, ok := evt.(*events.Message)
		if !ok || m.Info.IsFromMe || m.Info.IsGroup {
			return
		}
		text := m.Message.GetConversation()
		if text == "" {
			text = m.Message.GetExtendedTextMessage().GetText()
		}
		if strings.TrimSpace(text) == "" {
			return
		}
		chat := m.Info.Chat.String()
		if strings.EqualFold(text, "/reset") {
			ai.Reset(chat)
			return
		}
		go func() {
			out, err := ai.Reply(context.Background(), chat, text)
			if err != nil {
				log.Printf("openai: %v", err)
				out = "Uh, se me complicó. Probá de nuevo en un rato."
			}
			_, err = client.SendMessage(context.Background(), m.Info.Chat, &waProto.Message{Conversation: proto.String(out)})
			if err != nil {
				log.Printf("send: %v", err)
			}
		}()
	}
}
