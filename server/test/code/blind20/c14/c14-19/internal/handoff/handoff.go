// Package handoff passes a conversation to the concierge agent service.
// The concierge agent is our second LLM agent (gpt-4o + calendar tools);
// once it has taken over, the relay stops answering that number.
package handoff

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

var (
	mu      sync.Mutex
	takenBy = map[string]time.Time{}
)

func Requested(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, k := range []string{"human", "agent", "operator", "real person", "talk to someone"} {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

func Active(user string) bool {
	mu.Lock()
	defer mu.Unlock()
	t, ok := takenBy[user]
	return ok && time.Since(t) < 6*time.Hour
}

func Transfer(ctx context.Context, user, lastMessage string) error {
	body, _ := json.Marshal(map[string]string{"wa_id": user, "message": lastMessage, "source": "wa-gpt-relay"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, os.Getenv("HANDOFF_URL"), bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	res.Body.Close()
	mu.Lock()
	takenBy[user] = time.Now()
	mu.Unlock()
	return nil
}
