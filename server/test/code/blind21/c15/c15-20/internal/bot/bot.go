package bot

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/anthropics/anthropic-sdk-go"

	"ifixladprao/wa-assistant/internal/store"
)

//go:embed system_th.md
var systemPrompt string

type Bot struct {
	client anthropic.Client
	st     *store.Store
	mu     sync.Mutex
	hist   map[string][]anthropic.MessageParam
}

func New(st *store.Store) *Bot {
	return &Bot{client: anthropic.NewClient(), st: st, hist: map[string][]anthropic.MessageParam{}}
}

var tools = []anthropic.ToolUnionParam{
	{OfTool: &anthropic.ToolParam{
		Name:        "get_price",
		Description: anthropic.String("ราคาซ่อมตามรุ่นและอาการ"),
		InputSchema: anthropic.ToolInputSchemaParam{Properties: map[string]any{
			"model":   map[string]any{"type": "string"},
			"problem": map[string]any{"type": "string", "enum": []string{"screen", "battery", "charging_port", "camera", "water"}},
		}},
	}},
	{OfTool: &anthropic.ToolParam{
		Name:        "job_status",
		Description: anthropic.String("สถานะงานซ่อมจากเลขใบรับเครื่อง"),
		InputSchema: anthropic.ToolInputSchemaParam{Properties: map[string]any{"job_no": map[string]any{"type": "string"}}},
	}},
	{OfTool: &anthropic.ToolParam{
		Name:        "book_slot",
		Description: anthropic.String("จองคิวเข้าร้าน"),
		InputSchema: anthropic.ToolInputSchemaParam{Properties: map[string]any{
			"date": map[string]any{"type": "string"}, "time": map[string]any{"type": "string"}, "name": map[string]any{"type": "string"},
		}},
	}},
	{OfTool: &anthropic.ToolParam{
		Name:        "handoff_to_staff",
		Description: anthropic.String("ส่งแชตนี้ให้พนักงานหน้าร้านตอบเอง บอทจะหยุดตอบ"),
		InputSchema: anthropic.ToolInputSchemaParam{Properties: map[string]any{"reason": map[string]any{"type": "string"}}},
	}},
}

func (b *Bot) runTool(waID, name string, raw json.RawMessage) string {
	var in map[string]string
	_ = json.Unmarshal(raw, &in)
	switch name {
	case "get_price":
		return lookupPrice(in["model"], in["problem"])
	case "job_status":
		return lookupJob(in["job_no"])
	case "book_slot":
		return bookSlot(waID, in["date"], in["time"], in["name"])
	case "handoff_to_staff":
		if err := b.st.SetMode(waID, "human", in["reason"]); err != nil {
			return "error: " + err.Error()
		}
		return "ok: staff notified on dashboard"
	}
	return "unknown tool"
}

func (b *Bot) Reply(ctx context.Context, waID, text string) (string, error) {
	b.mu.Lock()
	msgs := append(b.hist[waID], anthropic.NewUserMessage(anthropic.NewTextBlock(text)))
	b.mu.Unlock()

	for i := 0; i < 5; i++ {
		res, err := b.client.Messages.New(ctx, anthropic.MessageNewParams{
			Model:     anthropic.ModelClaudeSonnet4_5_20250929,
			MaxTokens: 700,
			System:    []anthropic.TextBlockParam{{Text: systemPrompt}},
			Messages:  msgs,
			Tools:     tools,
		})
		if err != nil {
			return "", err
		}
		msgs = append(msgs, res.ToParam())
		if res.StopReason != anthropic.StopReasonToolUse {
			b.mu.Lock()
			b.hist[waID] = msgs
			b.mu.Unlock()
			out := ""
			for _, c := range res.Content {
				if c.Type == "text" {
					out += c.Text
				}
			}
			return out, nil
		}
		var results []anthropic.ContentBlockParamUnion
		for _, c := range res.Content {
			if c.Type == "tool_use" {
				results = append(results, anthropic.NewToolResultBlock(c.ID, b.runTool(waID, c.Name, c.Input), false))
			}
		}
		msgs = append(msgs, anthropic.NewUserMessage(results...))
	}
	return "", fmt.Errorf("too many tool rounds")
}
