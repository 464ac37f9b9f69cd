package main

import (
	_ "embed"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strings"
	"sync"

	"naniwa-hikkoshi/wa-estimate-bot/internal/claude"
	"naniwa-hikkoshi/wa-estimate-bot/internal/whatsapp"
)

//go:embed prompts/system.md
var systemPrompt string

var (
	mu       sync.Mutex
	sessions = map[string][]claude.Message{}
)

var tools = []claude.Tool{
	{Name: "estimate", Description: "概算見積もり", InputSchema: map[string]any{
		"type": "object",
		"properties": map[string]any{
			"layout": map[string]any{"type": "string"}, "distance_km": map[string]any{"type": "number"},
			"floor": map[string]any{"type": "integer"}, "elevator": map[string]any{"type": "boolean"},
			"date": map[string]any{"type": "string"},
		},
		"required": []string{"layout", "distance_km", "date"},
	}},
	{Name: "availability", Description: "空き日程", InputSchema: map[string]any{
		"type": "object", "properties": map[string]any{"month": map[string]any{"type": "string"}}, "required": []string{"month"},
	}},
	{Name: "hold_slot", Description: "仮予約（48時間有効）", InputSchema: map[string]any{
		"type": "object", "properties": map[string]any{"date": map[string]any{"type": "string"}, "name": map[string]any{"type": "string"}},
		"required": []string{"date", "name"},
	}},
}

func runTool(name string, input json.RawMessage) string {
	// 社内見積もりAPI（省略）
	resp, err := http.Post("http://estimate.internal/"+name, "application/json", strings.NewReader(string(input)))
	if err != nil {
		return `{"error":"unavailable"}`
	}
	defer resp.Body.Close()
	var v any
	json.NewDecoder(resp.Body).Decode(&v)
	b, _ := json.Marshal(v)
	return string(b)
}

func handle(from, text string) {
	mu.Lock()
	h := append(sessions[from], claude.Message{Role: "user", Content: text})
	mu.Unlock()

	var reply string
	for i := 0; i < 4; i++ {
		res, err := claude.Create(systemPrompt, h, tools)
		if err != nil {
			log.Println(err)
			return
		}
		h = append(h, claude.Message{Role: "assistant", Content: res.Content})
		if res.StopReason != "tool_use" {
			for _, b := range res.Content {
				if b.Type == "text" {
					reply += b.Text
				}
			}
			break
		}
		var results []map[string]any
		for _, b := range res.Content {
			if b.Type == "tool_use" {
				results = append(results, map[string]any{"type": "tool_result", "tool_use_id": b.ID, "content": runTool(b.Name, b.Input)})
			}
		}
		h = append(h, claude.Message{Role: "user", Content: results})
	}
	mu.Lock()
	sessions[from] = h
	mu.Unlock()
	if reply != "" {
		whatsapp.SendText(from, reply)
	}
}

func webhook(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		if r.URL.Query().Get("hub.verify_token") == os.Getenv("WA_VERIFY_TOKEN") {
			w.Write([]byte(r.URL.Query().Get("hub.challenge")))
			return
		}
		http.Error(w, "forbidden", 403)
		return
	}
	var p struct {
		Entry []struct {
			Changes []struct {
				Value struct {
					Messages []struct {
						From string `json:"from"`
						Type string `json:"type"`
						Text struct {
							Body string `json:"body"`
						} `json:"text"`
					} `json:"messages"`
				} `json:"value"`
			} `json:"changes"`
		} `json:"entry"`
	}
	json.NewDecoder(r.Body).Decode(&p)
	w.WriteHeader(200)
	for _, e := range p.Entry {
		for _, c := range e.Changes {
			for _, m := range c.Value.Messages {
				if m.Type == "text" {
					go handle(m.From, m.Text.Body)
				}
			}
		}
	}
}

func main() {
	http.HandleFunc("/webhook", webhook)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))
}
