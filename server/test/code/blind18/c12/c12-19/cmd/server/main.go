package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"

	"github.com/kobotrust/wa-support/internal/llm"
	"github.com/kobotrust/wa-support/internal/prompts"
	"github.com/kobotrust/wa-support/internal/wa"
)

var (
	mu        sync.Mutex
	sessions  = map[string][]llm.Message{}
	escalated = map[string]bool{}
)

func fn(name, desc string, props map[string]any, required ...string) map[string]any {
	return map[string]any{"type": "function", "function": map[string]any{
		"name": name, "description": desc,
		"parameters": map[string]any{"type": "object", "properties": props, "required": required},
	}}
}

var tools = []map[string]any{
	fn("block_card", "Block the customer's debit card", map[string]any{"last4": map[string]string{"type": "string"}}, "last4"),
	fn("request_statement", "Email an account statement", map[string]any{"months": map[string]string{"type": "integer"}}, "months"),
	fn("escalate_to_tier2", "Hand the conversation to the Ada Tier-2 agent", map[string]any{"summary": map[string]string{"type": "string"}}, "summary"),
}

func runTool(from string, c llm.ToolCall) string {
	var args map[string]any
	_ = json.Unmarshal([]byte(c.Function.Arguments), &args)
	switch c.Function.Name {
	case "block_card":
		return `{"status":"blocked"}`
	case "request_statement":
		return `{"status":"queued"}`
	case "escalate_to_tier2":
		b, _ := json.Marshal(map[string]any{"customer": from, "summary": args["summary"], "channel": "whatsapp"})
		resp, err := http.Post(os.Getenv("TIER2_AGENT_URL"), "application/json", bytes.NewReader(b))
		if err != nil {
			return `{"status":"error"}`
		}
		resp.Body.Close()
		escalated[from] = true
		return `{"status":"handed_to_ada"}`
	}
	return `{"error":"unknown tool"}`
}

func handle(from, text string) {
	mu.Lock()
	defer mu.Unlock()
	if escalated[from] {
		return // Ada replies on this thread
	}
	h := append(sessions[from], llm.Message{Role: "user", Content: text})
	msgs := append([]llm.Message{{Role: "system", Content: prompts.System}}, h...)
	for i := 0; i < 4; i++ {
		m, err := llm.Chat(msgs, tools)
		if err != nil {
			log.Println(err)
			return
		}
		msgs = append(msgs, m)
		if len(m.ToolCalls) == 0 {
			_ = wa.SendText(from, m.Content)
			h = append(h, m)
			break
		}
		for _, c := range m.ToolCalls {
			msgs = append(msgs, llm.Message{Role: "tool", ToolCallID: c.ID, Content: runTool(from, c)})
		}
	}
	if len(h) > 14 {
		h = h[len(h)-14:]
	}
	sessions[from] = h
}

func webhook(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		if r.URL.Query().Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
			w.Write([]byte(r.URL.Query().Get("hub.challenge")))
			return
		}
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	var wh wa.Webhook
	if err := json.NewDecoder(r.Body).Decode(&wh); err == nil {
		for _, e := range wh.Entry {
			for _, c := range e.Changes {
				for _, m := range c.Value.Messages {
					if m.Type == "text" {
						go handle(m.From, m.Text.Body)
					}
				}
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

func main() {
	http.HandleFunc("/webhook", webhook)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
