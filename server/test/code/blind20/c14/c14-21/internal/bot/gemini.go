package bot

import (
	"context"
	"sync"

	"google.golang.org/genai"
)

type Gemini struct {
	client *genai.Client
	system string
	mu     sync.Mutex
	hist   map[string][]*genai.Content
}

func NewGemini(ctx context.Context, system string) (*Gemini, error) {
	c, err := genai.NewClient(ctx, &genai.ClientConfig{Backend: genai.BackendGeminiAPI}) // GEMINI_API_KEY
	if err != nil {
		return nil, err
	}
	return &Gemini{client: c, system: system, hist: map[string][]*genai.Content{}}, nil
}

func (g *Gemini) Reply(ctx context.Context, from, text string) (string, error) {
	g.mu.Lock()
	h := append(g.hist[from], genai.NewContentFromText(text, genai.RoleUser))
	if len(h) > 12 {
		h = h[len(h)-12:]
	}
	g.mu.Unlock()

	res, err := g.client.Models.GenerateContent(ctx, "gemini-2.5-flash", h, &genai.GenerateContentConfig{
		SystemInstruction: genai.NewContentFromText(g.system, genai.RoleUser),
		Temperature:       genai.Ptr[float32](0.6),
	})
	if err != nil {
		return "", err
	}
	out := res.Text()

	g.mu.Lock()
	g.hist[from] = append(h, genai.NewContentFromText(out, genai.RoleModel))
	g.mu.Unlock()
	return out, nil
}
