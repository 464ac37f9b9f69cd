package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
)

var resiRe = regexp.MustCompile(`(?i)KX\d{10}`)

type Bot struct {
	LLM       *openai.LLM
	PhoneID   string
	Token     string
	AgentWaID string // nomor WA supervisor CS shift
	handed    map[string]bool
}

func New() (*Bot, error) {
	llm, err := openai.New(openai.WithModel("gpt-4o-mini"))
	if err != nil {
		return nil, err
	}
	return &Bot{LLM: llm, PhoneID: os.Getenv("WA_PHONE_ID"), Token: os.Getenv("WA_TOKEN"),
		AgentWaID: os.Getenv("CS_AGENT_WA"), handed: map[string]bool{}}, nil
}

func (b *Bot) send(to, body string) error {
	payload, _ := json.Marshal(map[string]any{"messaging_product": "whatsapp", "to": to, "type": "text",
		"text": map[string]string{"body": body}})
	req, _ := http.NewRequest("POST", fmt.Sprintf("https://graph.facebook.com/v20.0/%s/messages", b.PhoneID), bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+b.Token)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}

func lookupResi(resi string) string {
	r, err := http.Get(os.Getenv("TRACKING_API") + "/resi/" + resi)
	if err != nil {
		return ""
	}
	defer r.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(r.Body)
	return buf.String()
}

func (b *Bot) Handle(ctx context.Context, from, text string) error {
	if b.handed[from] {
		return nil
	}
	info := ""
	if m := resiRe.FindString(text); m != "" {
		info = lookupResi(strings.ToUpper(m))
	}
	out, err := llms.GenerateFromSinglePrompt(ctx, b.LLM, SystemPrompt(info)+"\n\nPelanggan: "+text+"\nAsisten:")
	if err != nil {
		return b.send(from, "Maaf, sistem sedang sibuk. Coba lagi sebentar ya.")
	}
	if strings.Contains(out, "[TRANSFER_CS]") {
		b.handed[from] = true
		_ = b.send(b.AgentWaID, fmt.Sprintf("Pelanggan +%s minta CS. Pesan terakhir: %q. Balas lewat WhatsApp Business app.", from, text))
		return b.send(from, "Baik, chat kamu sudah diteruskan ke tim CS Kilat Express. Mereka akan balas di sini (Senin-Sabtu 08.00-20.00).")
	}
	return b.send(from, out)
}
