module example.com/bot

go 1.22

require (
	github.com/anthropics/anthropic-sdk-go v1.4.0
	go.mau.fi/whatsmeow v0.0.0-20250610084155-2b2b1f1d8b28
)
