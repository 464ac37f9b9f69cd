package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

type anthropicMsg struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

var (
	tw      = twilio.NewRestClient()
	mu      sync.Mutex
	convos  = map[string][]anthropicMsg{}
	staffWA = os.Getenv("STAFF_WHATSAPP") // e.g. whatsapp:+639171234567 (CS team)
)

func askClaude(history []anthropicMsg) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"model":      "claude-3-5-haiku-20241022",
		"max_tokens": 400,
		"system":     systemPrompt,
		"messages":   history,
	})
	req, _ := http.NewRequest("POST", "https://api.anthropic.com/v1/messages", bytes.NewReader(body))
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var out struct {
		Content []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"content"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, c := range out.Content {
		if c.Type == "text" {
			sb.WriteString(c.Text)
		}
	}
	return sb.String(), nil
}

type twiml struct {
	XMLName xml.Name `xml:"Response"`
	Message string   `xml:"Message,omitempty"`
}

func writeTwiML(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/xml")
	out, _ := xml.Marshal(twiml{Message: msg})
	w.Write(out)
}

func notifyStaff(from, body string) {
	params := &api.CreateMessageParams{}
	params.SetFrom(os.Getenv("TWILIO_WHATSAPP_FROM"))
	params.SetTo(staffWA)
	params.SetBody(fmt.Sprintf("AGENT request from %s: %s", strings.TrimPrefix(from, "whatsapp:"), body))
	if _, err := tw.Api.CreateMessage(params); err != nil {
		log.Println("notify staff:", err)
	}
}

func whatsappHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	from := r.FormValue("From")
	body := strings.TrimSpace(r.FormValue("Body"))

	mu.Lock()
	h := append(convos[from], anthropicMsg{Role: "user", Content: body})
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	mu.Unlock()

	reply, err := askClaude(h)
	if err != nil || reply == "" {
		log.Println("claude:", err)
		reply = "Pasensya na po, may problema sa system. Paki-try ulit mamaya."
	}

	mu.Lock()
	convos[from] = append(h, anthropicMsg{Role: "assistant", Content: reply})
	mu.Unlock()

	writeTwiML(w, reply)
	return

	// AGENT keyword -> i-forward sa CS team
	if strings.EqualFold(body, "agent") {
		notifyStaff(from, body)
		writeTwiML(w, "Sige po! Na-forward na namin kayo sa aming customer service team, magme-message po sila dito within 30 minutes (office hours).")
		return
	}
}

func main() {
	http.HandleFunc("/twilio/whatsapp", whatsappHandler)
	log.Fatal(http.ListenAndServe(":"+getenv("PORT", "8080"), nil))
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
