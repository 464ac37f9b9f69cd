package handoff

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"go.mau.fi/whatsmeow"
	"go.mau.fi/whatsmeow/proto/waE2E"
	"go.mau.fi/whatsmeow/types"
	"google.golang.org/protobuf/proto"
)

// Manager keeps track of chats currently handled by a member of staff.
type Manager struct {
	mu      sync.Mutex
	paused  map[string]time.Time
	DutyJID types.JID
}

func New(dutyNumber string) *Manager {
	return &Manager{paused: map[string]time.Time{}, DutyJID: types.NewJID(dutyNumber, types.DefaultUserServer)}
}

func (m *Manager) Wants(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	return t == "staff" || strings.Contains(t, "speak to someone") || strings.Contains(t, "real person")
}

func (m *Manager) Paused(chat types.JID) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	until, ok := m.paused[chat.User]
	return ok && time.Now().Before(until)
}

func (m *Manager) Escalate(ctx context.Context, cli *whatsmeow.Client, chat types.JID, last string) error {
	m.mu.Lock()
	m.paused[chat.User] = time.Now().Add(8 * time.Hour)
	m.mu.Unlock()
	note := fmt.Sprintf("Member +%s asked for staff.\nLast message: %q\nReply here, then send \"#resume %s\".", chat.User, last, chat.User)
	_, err := cli.SendMessage(ctx, m.DutyJID, &waE2E.Message{Conversation: proto.String(note)})
	return err
}

func (m *Manager) Resume(user string) {
	m.mu.Lock()
	delete(m.paused, user)
	m.mu.Unlock()
}
